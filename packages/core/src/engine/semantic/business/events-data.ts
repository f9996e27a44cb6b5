/**
 * Hand-written word lists for events, venues, playlists, sales regions and warehouses.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Seasonal and community events: "Spring" + "Gala". */
export const EVENT_SEASONS = listOf('event seasons', 'Spring|Summer|Fall|Winter|Autumn|Holiday|Harvest|Midsummer|New Year');
export const SEASONAL_EVENTS = listOf('seasonal events', `
Gala|Festival|Fundraiser|Concert|Fair|Open House|Picnic|Market|Showcase|Recital|Mixer|Block Party|Social|Celebration`);

/** Topics of professional events: "Cloud" in "Cloud Summit 2025". */
export const EVENT_TOPICS = listOf('event topics', `
Product|Developer|Marketing|Leadership|Data|Cloud|Security|AI|Customer|Partner|Sales|Design|
Healthcare|Fintech|Sustainability|Women in Tech|Startup|Engineering|Community|Education|Retail`);

/** Kinds of professional event: "Summit" in "Cloud Summit 2025". */
export const EVENT_KINDS = listOf('event kinds', `
Conference|Summit|Webinar|Workshop|Meetup|Forum|Expo|Hackathon|Roundtable|Bootcamp|Town Hall|Kickoff|Launch Webinar|Networking Night`);

/** Events named whole. */
export const EVENTS = listOf('events', `
Annual Conference|Spring Gala|Product Launch Webinar|Charity 5K Run|Community Cleanup Day|Awards Dinner|
Career Fair|Trivia Night|Open Mic Night|Art Walk|Farmers Market|Sales Kickoff|All-Hands Meeting|
Customer Appreciation Day|Volunteer Day|Wine Tasting|Book Signing|Film Screening|Holiday Party|Graduation Ceremony`);

/** Nouns of venues: "Arena" in "Riverside Arena". */
export const VENUE_NOUNS = listOf('venue nouns', `
Arena|Ballroom|Civic Center|Convention Center|Pavilion|Theater|Amphitheater|Auditorium|Stadium|Hall|
Music Hall|Conference Center|Event Center|Park|Gardens|Playhouse|Field House|Coliseum|Opera House|
Community Center|Expo Center|Gallery|Lounge|Club|Ballpark|Bandshell|Loft|Terrace`);

/** Words venues are named after: "Riverside" in "Riverside Arena". */
export const VENUE_PLACES = listOf('venue places', `
Riverside|Grand|Lakeside|Harbor|Memorial|Union Square|Heritage|Liberty|Paramount|Majestic|Orpheum|
Crystal|Summit|Main Street|Elm Street|Oak Hill|Westfield|Eastside|Downtown|Midtown|Bayfront|Pier 9|
Centennial|Jubilee|Ironworks|Foundry|Granite|Willow Creek|Cedar Ridge|Stonebridge|Meadowbrook|Royal`);

/** Playlist moods and occasions: "Chill" in "Chill Vibes". */
export const PLAYLIST_MOODS = listOf('playlist moods', `
Chill|Morning|Morning Coffee|Late Night|Sunday|Rainy Day|Summer|Road Trip|Workout|Study|Focus|
Party|Dinner Party|Feel Good|Throwback|Acoustic|Indie|Jazz|Lo-Fi|Sleep|Running|Cooking|Beach|Cozy|Happy|Deep Focus`);

/** Playlist nouns: "Vibes" in "Chill Vibes". */
export const PLAYLIST_NOUNS = listOf('playlist nouns', 'Vibes|Mix|Jams|Hits|Favorites|Playlist|Essentials|Anthems|Grooves|Beats|Classics|Tunes|Sessions');

/** Decades and genres: "90s" + "Hip-Hop" in "90s Hip-Hop Classics". */
export const PLAYLIST_DECADES = listOf('playlist decades', '60s|70s|80s|90s|2000s|2010s');
export const PLAYLIST_GENRES = listOf('playlist genres', 'Rock|Hip-Hop|Pop|R&B|Country|Soul|Punk|Dance|Indie|Jazz|Metal|Disco|Folk|Reggae');

/** Sales regions, most common first. */
export const SALES_REGIONS = listOf('sales regions', `
North America|EMEA|APAC|LATAM|Northeast|Southeast|Midwest|West|Southwest|Pacific Northwest|
Mid-Atlantic|New England|Great Lakes|Mountain West|Gulf Coast|West Coast|East Coast|Central|
South Central|North Central|Western Europe|Central Europe|Eastern Europe|Northern Europe|
Southern Europe|UK & Ireland|DACH|Nordics|Benelux|Iberia|Middle East|Africa|ANZ|Southeast Asia|
Greater China|Japan|India|Canada|Mexico|Brazil|Caribbean|Central America|South America`);

/** US cities with large distribution hubs. */
export const HUB_CITIES = listOf('hub cities', `
Memphis|Louisville|Reno|Columbus|Indianapolis|Dallas|Ontario|Allentown|Savannah|Atlanta|Chicago|
Kansas City|Phoenix|Salt Lake City|Harrisburg|Jacksonville|Fresno|Stockton|Denver|Charlotte|
Nashville|Cincinnati|Joliet|Fort Worth|Houston|Tacoma|Edison|Baltimore|Las Vegas|Sacramento`);

/** Site words for warehouses named after a part of town: "Eastside" in "Eastside Warehouse". */
export const WAREHOUSE_PLACES = listOf('warehouse places', `
Eastside|Westside|Northgate|Southpoint|Harbor|Airport|Riverside|Lakeside|Port|Rail Yard|
Industrial Park|Gateway|Central|Valley|Interstate|Crossroads|Midway|Bayside`);

/** Kinds of warehouse, most common first. */
export const WAREHOUSE_KINDS = listOf('warehouse kinds', `
Distribution Center|Warehouse|Fulfillment Center|Depot|Logistics Center|Cross-Dock|Cold Storage|Returns Center`);

/** Home towns of sports teams. */
export const TEAM_TOWNS = listOf('team towns', `
Riverside|Springfield|Lakewood|Fairview|Brookfield|Oakland|Portland|Austin|Denver|Boston|Memphis|
Tacoma|Bristol|Leeds|Dublin|Hamilton|Richmond|Salem|Georgetown|Madison|Franklin|Clayton|Ashford|
Westbury|Kingston|Harbor City|Pine Valley|Cedar Falls|Eastwood|Millbrook`);

/** Team nicknames: "Hawks" in "Riverside Hawks". */
export const TEAM_MASCOTS = listOf('team mascots', `
Hawks|Tigers|Thunder|Rovers|Falcons|Wolves|Bears|Eagles|Lions|Mustangs|Panthers|Sharks|Comets|
Rockets|Storm|Pirates|Knights|Titans|Cougars|Vipers|Bulldogs|Hornets|Raptors|Stallions|Blaze|Owls`);

/** Club-style endings: "United" in "Bristol United". */
export const CLUB_ENDINGS = listOf('club endings', 'United|FC|Athletic|City|Rangers|Wanderers|Albion|SC');
