import { WeightedTable } from '../internal/weighted-table.js';
import { textKindSpec, type TextKindSpec } from './text-kind-spec.js';

/**
 * A menu item's description ("Wood-fired and cooked to order. Served with warm bread."): the
 * `description` kind's voice for a restaurant's dishes, where the general one describes goods.
 */
export const DISH_DESCRIPTION: WeightedTable<TextKindSpec> = new WeightedTable([
  textKindSpec('dish description', [1, 3], 'Chef\'s special|House favorite|Spicy|Vegetarian|Gluten-free|Seasonal|New|Best seller|Shareable|Signature dish', [
    '[Slow-cooked|Grilled|Pan-seared|Wood-fired|Braised|Crispy|Oven-roasted] and [seasoned with our house spice blend|cooked to order|made fresh every morning|finished over an open flame].',
    '[Served|Topped|Finished] with [fresh herbs|a squeeze of lime|toasted sesame|house pickles|garlic aioli|a drizzle of chili oil|shaved parmesan].',
    'Made with [locally sourced|seasonal|farm-fresh|imported] [vegetables|ingredients|produce|cheeses].',
    '[Comes|Served] with [a side salad|steamed rice|hand-cut fries|warm bread|seasonal vegetables|your choice of side].',
    'A [house|customer|local] favorite [since {year}|for years|on our menu].',
    '[Vegetarian|Gluten-free|Vegan|Dairy-free] [option|version] available[.| on request.]',
    '[Mild|Medium|Spicy|Extra spicy]; [ask your server about|let us know about] [allergies|substitutions|spice levels].',
    'Perfect for [sharing|one|a light lunch|a hearty dinner].',
    '[Our chef\'s|A classic|A seasonal] [take on a family recipe|twist on a classic|specialty].',
    '[Contains|May contain] [nuts|dairy|gluten|shellfish|soy|eggs].',
  ]),
], [1]);
