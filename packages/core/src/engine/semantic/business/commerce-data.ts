/**
 * Hand-written word lists for products, categories, colours, currencies and countries.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Product families: modifiers that go with their nouns ("Stainless Steel" + "Water Bottle"). */
export interface ProductFamily {
  readonly modifiers: readonly string[];
  readonly nouns: readonly string[];
}

const family = (name: string, modifiers: string, nouns: string): ProductFamily =>
  Object.freeze({ modifiers: listOf(`${name} modifiers`, modifiers), nouns: listOf(`${name} nouns`, nouns) });

export const PRODUCT_FAMILIES: readonly ProductFamily[] = Object.freeze([
  family('kitchen', 'Stainless Steel|Non-Stick|Ceramic|Cast Iron|Bamboo|Glass|Silicone|Copper|Insulated',
    'Frying Pan|Saucepan|Mixing Bowl Set|Cutting Board|Chef\'s Knife|Coffee Mug|French Press|Water Bottle|Baking Sheet|Dutch Oven|Spatula Set|Tea Kettle|Travel Tumbler'),
  family('electronics', 'Wireless|Bluetooth|Portable|Rechargeable|Noise-Cancelling|Smart|USB-C|Compact|Waterproof|4K',
    'Headphones|Earbuds|Speaker|Charger|Power Bank|Webcam|Keyboard|Mouse|Monitor|Fitness Tracker|Smart Watch|Desk Lamp|Docking Station'),
  family('apparel', 'Organic Cotton|Merino Wool|Slim Fit|Classic|Lightweight|Waterproof|Fleece|Linen|Relaxed Fit|Performance',
    'T-Shirt|Hoodie|Jacket|Rain Jacket|Chinos|Jeans|Socks|Sweater|Polo Shirt|Leggings|Beanie|Running Shorts'),
  family('home', 'Memory Foam|Cotton|Linen|Velvet|Handwoven|Scented|Modern|Rustic|Ceramic|Wooden',
    'Pillow|Throw Blanket|Duvet Cover|Area Rug|Candle|Table Lamp|Picture Frame|Wall Clock|Bookshelf|Side Table|Planter|Bath Towel Set'),
  family('outdoor', 'Ultralight|Insulated|Waterproof|Folding|Heavy-Duty|All-Weather|Trail|Compact',
    'Tent|Sleeping Bag|Backpack|Camping Chair|Headlamp|Cooler|Water Filter|Trekking Poles|Hammock|Daypack'),
  family('beauty', 'Hydrating|Gentle|Vitamin C|Unscented|Mineral|Daily|Overnight|Organic|Charcoal|Tea Tree',
    'Face Cleanser|Moisturizer|Sunscreen SPF 30|Lip Balm|Shampoo|Conditioner|Body Lotion|Serum|Face Mask|Hand Cream'),
  family('office', 'Ergonomic|Adjustable|Leather|Recycled|Magnetic|Spiral|Premium|Compact',
    'Office Chair|Standing Desk|Notebook|Desk Organizer|Monitor Stand|Planner|Whiteboard|Laptop Sleeve|File Cabinet|Pen Set'),
  family('pet', 'Orthopedic|Chew-Resistant|Washable|Reflective|Interactive|Heavy-Duty',
    'Dog Bed|Cat Tree|Dog Leash|Pet Carrier|Chew Toy|Food Bowl|Cat Scratcher|Dog Harness'),
  family('fitness', 'Pro|Training|Adjustable|Non-Slip|Lightweight|Carbon|Premium',
    'Yoga Mat|Dumbbell Set|Resistance Bands|Jump Rope|Basketball|Soccer Ball|Tennis Racket|Foam Roller|Cycling Gloves'),
  family('grocery', 'Organic|Gluten-Free|Small-Batch|Dark Roast|Raw|Unsweetened|Whole Grain|Fair Trade',
    'Coffee Beans|Almond Butter|Granola|Honey|Green Tea|Dark Chocolate|Trail Mix|Oat Milk|Protein Bars'),
]);

export const CATEGORIES = listOf('categories', `
Electronics|Home & Kitchen|Clothing|Books|Toys & Games|Sports & Outdoors|Beauty & Personal Care|
Grocery|Office Supplies|Pet Supplies|Automotive|Health & Wellness|Garden|Jewelry|Music|Movies|
Tools & Home Improvement|Baby|Furniture|Shoes|Accessories|Software|Arts & Crafts|Appliances`);

export const COLORS = listOf('colors', `
Black|White|Gray|Navy|Blue|Red|Silver|Green|Beige|Brown|Charcoal|Olive|Burgundy|Teal|Ivory|Tan|
Pink|Purple|Orange|Yellow|Gold|Sky Blue|Forest Green|Maroon|Cream|Khaki|Coral|Lavender|Mint|
Turquoise|Mustard|Rose Gold|Slate|Sage|Rust`);

/** ISO 4217 codes, most used first. */
export const CURRENCY_CODES = listOf('currency codes', `
USD|EUR|GBP|JPY|CAD|AUD|CNY|CHF|MXN|INR|BRL|KRW|SEK|NOK|DKK|NZD|SGD|HKD|ZAR|PLN|TRY|ILS|AED|THB`);

/** Sovereign countries in plain ASCII English, larger or more often-seen ones first. */
export const COUNTRIES = listOf('countries', `
United States|Canada|Mexico|United Kingdom|Germany|France|India|China|Japan|Brazil|Australia|
Spain|Italy|Netherlands|South Korea|Philippines|Vietnam|Nigeria|Colombia|Argentina|Poland|
Ireland|Sweden|Switzerland|Belgium|Portugal|Norway|Denmark|Finland|Austria|New Zealand|
South Africa|Egypt|Kenya|Turkey|Israel|Saudi Arabia|United Arab Emirates|Pakistan|Bangladesh|
Indonesia|Thailand|Malaysia|Singapore|Chile|Peru|Ecuador|Guatemala|Dominican Republic|
Jamaica|Cuba|Puerto Rico|Greece|Czech Republic|Hungary|Romania|Ukraine|Morocco|Ghana|Ethiopia|
Iceland|Estonia|Croatia|Costa Rica|Panama|Uruguay|Venezuela|Nepal|Sri Lanka|Taiwan`);
