import { listOf } from '../internal/frozen.js';
import { weightedOf } from '../internal/weighted-table.js';

/** The most common US street names (NLC / Census lists), without suffix. */
export const STREET_NAMES = listOf('street names', `
Main|Oak|Maple|Park|Pine|Cedar|Elm|Washington|Lake|Hill|Walnut|Spring|Ridge|Church|Willow|
Mill|Sunset|Railroad|Jackson|Cherry|Highland|Franklin|Lincoln|Jefferson|Madison|Center|
Meadow|Forest|River|Adams|Chestnut|Dogwood|Hickory|Magnolia|Poplar|Birch|Sycamore|Spruce|
Laurel|Lakeview|Valley|Prospect|Broad|Market|Union|Water|School|Academy|Bridge|Court|
Front|Grove|Harrison|High|Hillcrest|Holly|Jones|King|Liberty|Locust|Monroe|Mulberry|Orchard|
Pleasant|Race|Rose|Smith|Summit|Taylor|Vine|Wilson|Woodland|Green|Lee|Johnson|Cherry Hill|
Country Club|College|Fairview|Glenwood|Heritage|Kingston|Lakeshore|Meadowbrook|Oak Ridge|
Old Mill|Pinecrest|Riverside|Shady Lane|Stonebridge|Sunrise|Timber|Valley View|Westwood|
Brookside|Canyon|Clearwater|Creekside|Deer Run|Eagle|Evergreen|Fox Run|Harbor|Indian Hill|
Juniper|Linden|Mountain View|Northview|Oakwood|Parkview|Quail|Redwood|Sage|Tamarack|Aspen|
Cottonwood|Juniper Hills|Mesa|Palm|Sandpiper|Seminole|Cypress|Bayview|Ocean|Pacific|Atlantic`);

/** 1st … 20th, as in "2nd St" or "5th Ave". */
export const NUMBERED_STREETS: readonly string[] = Object.freeze(Array.from({ length: 20 }, (_, i) => ordinal(i + 1)));

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** USPS suffix abbreviations, weighted roughly by how often they occur. */
export const STREET_SUFFIXES = weightedOf([
  ['St', 30], ['Ave', 20], ['Rd', 15], ['Dr', 12], ['Ln', 8], ['Ct', 5], ['Blvd', 4], ['Way', 4],
  ['Pl', 3], ['Pkwy', 2], ['Cir', 2], ['Ter', 1], ['Trl', 1], ['Hwy', 1],
]);

/** Directional prefixes, as in "N Main St". */
export const DIRECTIONS: readonly string[] = Object.freeze(['N', 'S', 'E', 'W']);
