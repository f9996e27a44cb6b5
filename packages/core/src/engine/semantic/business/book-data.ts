/**
 * Hand-written word lists for made-up book titles, genres, publishers and editions.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

export const GENRES = listOf('genres', `
Fiction|Mystery|Thriller|Romance|Fantasy|Science Fiction|Literary Fiction|Historical Fiction|
Young Adult|Biography|Memoir|History|Self-Help|Business|Children's|Horror|Science|Poetry|
Graphic Novel|True Crime|Travel|Cookbooks|Health & Wellness|Religion & Spirituality|Philosophy|
Humor|Classics|Adventure|Crime|Drama`);

export const TITLE_ADJECTIVES = listOf('book title adjectives', `
Silent|Hidden|Last|Forgotten|Broken|Golden|Midnight|Crimson|Secret|Lost|Winter|Burning|Quiet|
Distant|Wild|Hollow|Shattered|Invisible|Little|Long|Bright|Dark|Summer|Salt|Glass|Paper|Iron|
Final|Sleeping|Wandering`);

export const TITLE_NOUNS = listOf('book title nouns', `
Garden|River|House|Kingdom|Promise|Letter|Orchard|Sea|Shadow|Daughter|Key|Map|Clockmaker|
Lighthouse|Island|Road|Bridge|Storm|Heart|Stars|Witness|Inheritance|Harvest|Archive|Crown|
Forest|Mirror|Season|Shore|Tide|Orphan|Queen|Thief|Night|Fire|Dream|Song|Voyage|Painter|Winter`);

export const TITLE_PLACES = listOf('book title places', `
Paris|Venice|the North|the Valley|the Dark|the Deep|Willow Creek|the City|the Mountains|
Havana|the Harbor|the End of the World|Maple Street|the Old Country|Summer`);

export const TITLE_TOPICS = listOf('book title topics', `
Leadership|Money|Habits|Focus|Negotiation|Data|Design|Cooking|Gardening|Parenting|Investing|
Writing|Sleep|Happiness|Productivity|Statistics|Photography|Public Speaking|Strategy|Mindfulness`);

export const PUBLISHER_WORDS = listOf('publisher words', `
Harbor|Lantern|Meridian|Willow|Ember|Northwind|Blue Heron|Juniper|Quill|Beacon|Red Oak|
Silver Birch|Foxglove|Kestrel|Lighthouse|Paper Crane|Stonebridge|Wren|Owl & Ink|Larkspur|
Tidewater|Granite Peak|Open Field|Hollow Tree`);

export const PUBLISHER_KINDS = listOf('publisher kinds', 'Press|Books|House|Publishing|Editions|Media');

export const EDITIONS = listOf('editions', `
First Edition|Second Edition|Third Edition|Revised Edition|Paperback Edition|Anniversary Edition|
Illustrated Edition|Collector's Edition|Large Print Edition|Fourth Edition|Special Edition`);
