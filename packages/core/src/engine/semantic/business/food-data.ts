/**
 * Hand-written word lists for restaurants, cuisines and menu items.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Cuisines, most common in US restaurant listings first. */
export const CUISINES = listOf('cuisines', `
American|Italian|Mexican|Chinese|Japanese|Pizza|Thai|Indian|Mediterranean|Burgers|Seafood|
Sushi|BBQ|French|Greek|Korean|Vietnamese|Cafe|Southern|Steakhouse|Middle Eastern|Spanish|
Vegetarian|Vegan|Caribbean|Cajun|Tex-Mex|Lebanese|Turkish|Ethiopian|Peruvian|Brazilian|
Filipino|German|Irish|Moroccan|Fusion|Bakery|Deli`);

export const RESTAURANT_KINDS = listOf('restaurant kinds', `
Kitchen|Diner|Grill|Bistro|Trattoria|Tavern|Cafe|Pizzeria|Bakery|Steakhouse|Taqueria|Deli|
Eatery|Brasserie|Noodle House|Smokehouse|Oyster Bar|Cantina`);

export const RESTAURANT_ADJECTIVES = listOf('restaurant adjectives', `
Golden|Rusty|Hungry|Salty|Green|Little|Blue|Red|Wild|Copper|Iron|Lazy|Smoky|Happy|Crooked|
Silver|Black|Velvet|Honest|Humble`);

export const RESTAURANT_NOUNS = listOf('restaurant nouns', `
Spoon|Fork|Anchor|Lantern|Oak|Pig|Olive|Kettle|Table|Goat|Hen|Plate|Barrel|Whisk|Pepper|
Fig|Ember|Vine|Salt|Sparrow|Rooster|Harvest|Hearth|Skillet|Ladle|Tomato|Basil|Saffron`);

export const RESTAURANT_EVOCATIVE = listOf('restaurant names', `
Saffron|Sakura|Bella Vita|Casa Luna|Little Saigon|Golden Dragon|Jade|Taj|Bombay|Olive Tree|
El Sol|La Cocina|Thai Orchid|Pho Saigon|Seoul|Blue Ginger|Lotus|Mama Rosa's|Bangkok|Istanbul|
Athena|Havana|Marrakesh|Tokyo|Shanghai|Napoli|Oaxaca|Lima`);

export const RESTAURANT_PLACES = listOf('restaurant place words', 'House|Garden|Kitchen|Palace|Express|Bistro|Cafe|Grill|Table');

/** Classic menu items. */
export const MENU_CLASSICS = listOf('menu classics', `
Cheeseburger|Caesar Salad|Margherita Pizza|Pepperoni Pizza|Chicken Alfredo|Spaghetti and Meatballs|
Fish and Chips|Club Sandwich|BLT|Grilled Cheese|Chicken Noodle Soup|French Onion Soup|Clam Chowder|
Buffalo Wings|Mozzarella Sticks|Nachos|Chicken Quesadilla|Carne Asada Tacos|Fish Tacos|
Chicken Burrito|Pad Thai|Green Curry|Chicken Tikka Masala|Butter Chicken|Vegetable Samosas|
Garlic Naan|Kung Pao Chicken|General Tso's Chicken|Beef and Broccoli|Vegetable Fried Rice|
Pork Dumplings|Spicy Tuna Roll|California Roll|Salmon Nigiri|Chicken Teriyaki|Tonkotsu Ramen|
Beef Pho|Banh Mi|Bibimbap|Bulgogi|Falafel Wrap|Chicken Shawarma|Hummus Plate|Greek Salad|
Lamb Gyro|Moussaka|Paella|Patatas Bravas|Ribeye Steak|Filet Mignon|Baby Back Ribs|Pulled Pork Sandwich|
Brisket Plate|Mac and Cheese|Fried Chicken|Shrimp and Grits|Chicken and Waffles|Jambalaya|
Gumbo|Lobster Roll|Crab Cakes|Eggs Benedict|Buttermilk Pancakes|French Toast|Avocado Toast|
Breakfast Burrito|Cobb Salad|Tomato Basil Soup|Lasagna|Fettuccine Alfredo|Chicken Parmesan|
Tiramisu|Cheesecake|Chocolate Lava Cake|Apple Pie|Creme Brulee|Key Lime Pie|Churros|
Iced Latte|Cappuccino|Lemonade|Iced Tea|Mango Lassi|Horchata`);

export const MENU_METHODS = listOf('menu methods', `
Grilled|Roasted|Crispy|Blackened|Smoked|Pan-Seared|Braised|BBQ|Spicy|Garlic|Lemon Herb|Teriyaki|
Honey Glazed|Cajun|Chipotle|Pesto|Buffalo|Sesame|Korean BBQ|Jerk`);

export const MENU_PROTEINS = listOf('menu proteins', 'Chicken|Salmon|Shrimp|Beef|Pork|Tofu|Turkey|Steak|Cod|Mushroom|Chickpea|Lamb');

export const MENU_DISHES = listOf('menu dishes', `
Sandwich|Tacos|Salad|Bowl|Wrap|Burger|Pasta|Skewers|Platter|Flatbread|Rice Bowl|Quesadilla|
Sliders|Noodles|Melt|Pita`);
