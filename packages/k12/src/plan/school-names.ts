/** Name stems schools are commonly named after (people, places, nature). */
export const SCHOOL_STEMS = [
  'Lincoln', 'Washington', 'Roosevelt', 'Jefferson', 'Franklin', 'Kennedy', 'Madison', 'Hamilton', 'Garfield', 'Whittier',
  'Longfellow', 'Emerson', 'Carver', 'Douglass', 'Tubman', 'Chavez', 'Parks', 'Earhart', 'Edison', 'Muir',
  'Oak Grove', 'Maple Ridge', 'Cedar Creek', 'Willow Park', 'Pine Valley', 'Riverside', 'Lakeview', 'Hillcrest', 'Meadowbrook', 'Sunset',
  'Eastside', 'Westwood', 'Northgate', 'Southridge', 'Highland', 'Valley View', 'Fairview', 'Brookside', 'Stonebridge', 'Canyon',
] as const;
