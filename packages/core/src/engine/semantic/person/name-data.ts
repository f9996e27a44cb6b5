import { listOf } from '../internal/frozen.js';

/**
 * Common US given names, most common first (a blend of SSA top names across the birth
 * cohorts of today's adults and children). Drawn Zipf-weighted; faker's long lists
 * supply the rare tail.
 */
export const COMMON_FEMALE = listOf('common female names', `
Mary|Jennifer|Patricia|Elizabeth|Linda|Jessica|Sarah|Barbara|Susan|Karen|Emily|Ashley|Lisa|
Michelle|Nancy|Emma|Olivia|Sophia|Kimberly|Amanda|Melissa|Stephanie|Rebecca|Laura|Margaret|
Sandra|Donna|Deborah|Carol|Sharon|Cynthia|Angela|Amy|Anna|Kathleen|Ava|Isabella|Nicole|
Samantha|Katherine|Christine|Rachel|Hannah|Mia|Maria|Catherine|Heather|Lauren|Julia|Grace|
Megan|Victoria|Abigail|Madison|Charlotte|Amelia|Harper|Evelyn|Helen|Dorothy|Betty|Ruth|
Brenda|Pamela|Debra|Carolyn|Janet|Diane|Julie|Joyce|Kelly|Christina|Andrea|Cheryl|Teresa|
Sara|Kathryn|Jacqueline|Danielle|Natalie|Chloe|Ella|Lily|Zoe|Nora|Layla|Aria|Riley|Scarlett|
Hazel|Aaliyah|Camila|Sofia|Valeria|Gabriela|Lucia|Isabel|Ana|Rosa|Carmen|Guadalupe|Ximena|
Elena|Maya|Naomi|Leah|Stella|Claire|Audrey|Savannah|Brooklyn|Alexis|Brittany|Kayla|Amber|
Tiffany|Crystal|Vanessa|Monica|Erica|Jasmine|Tamara|Denise|Diana|Theresa|Gloria|Martha|Judith|
Frances|Alice|Jean|Ann|Marilyn|Beverly|Janice|Lori|Priya|Mei|Aisha|Fatima|Keisha|Ebony|Yesenia`);

export const COMMON_MALE = listOf('common male names', `
Michael|James|John|Robert|David|William|Christopher|Joseph|Daniel|Matthew|Richard|Thomas|
Anthony|Joshua|Andrew|Charles|Mark|Steven|Brian|Kevin|Jason|Ryan|Jacob|Noah|Liam|Ethan|
Benjamin|Nicholas|Jonathan|Eric|Justin|Brandon|Tyler|Paul|Kenneth|Timothy|Jeffrey|Scott|
Gregory|Samuel|Alexander|Patrick|Jose|Adam|Nathan|Zachary|Aaron|Kyle|Donald|George|Edward|
Ronald|Gary|Larry|Stephen|Frank|Raymond|Jack|Dennis|Jerry|Henry|Douglas|Peter|Jeremy|Walter|
Christian|Keith|Roger|Terry|Austin|Sean|Gerald|Carl|Harold|Dylan|Arthur|Lawrence|Jordan|Jesse|
Bryan|Bruce|Gabriel|Logan|Alan|Juan|Albert|Wayne|Vincent|Mason|Russell|Bradley|Philip|Oliver|
Lucas|Mateo|Elijah|Levi|Sebastian|Jackson|Aiden|Owen|Wyatt|Luke|Carter|Julian|Isaac|Leo|
Hudson|Miles|Caleb|Isaiah|Carlos|Luis|Miguel|Diego|Jorge|Antonio|Alejandro|Ricardo|Rafael|
Andre|Marcus|Darnell|Malik|Jamal|Terrence|Derrick|Travis|Shawn|Victor|Martin|Ernest|Eugene|
Ralph|Roy|Louis|Howard|Wei|Raj|Arjun|Omar|Ali|Hassan|Minh|Hiroshi|Kwame|Dmitri`);

/**
 * Common US surnames, most common first (after the 2010 Census surname table), with a
 * realistic mix of origins. Drawn Zipf-weighted.
 */
export const COMMON_SURNAMES = listOf('common surnames', `
Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|
Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|
Sanchez|Clark|Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|
Flores|Green|Adams|Nelson|Baker|Hall|Rivera|Campbell|Mitchell|Carter|Roberts|Gomez|Phillips|
Evans|Turner|Diaz|Parker|Cruz|Edwards|Collins|Reyes|Stewart|Morris|Morales|Murphy|Cook|Rogers|
Gutierrez|Ortiz|Morgan|Cooper|Peterson|Bailey|Reed|Kelly|Howard|Ramos|Kim|Cox|Ward|Richardson|
Watson|Brooks|Chavez|Wood|James|Bennett|Gray|Mendoza|Ruiz|Hughes|Price|Alvarez|Castillo|
Sanders|Patel|Myers|Long|Ross|Foster|Jimenez|Powell|Jenkins|Perry|Russell|Sullivan|Bell|
Coleman|Butler|Henderson|Barnes|Gonzales|Fisher|Vasquez|Simmons|Romero|Jordan|Patterson|
Alexander|Hamilton|Graham|Reynolds|Griffin|Wallace|Moreno|West|Cole|Hayes|Bryant|Herrera|
Gibson|Ellis|Tran|Medina|Aguilar|Stevens|Murray|Ford|Castro|Marshall|Owens|Harrison|Fernandez|
McDonald|Woods|Washington|Kennedy|Wells|Vargas|Henry|Chen|Freeman|Webb|Tucker|Guzman|Burns|
Crawford|Olson|Simpson|Porter|Hunter|Gordon|Mendez|Silva|Shaw|Snyder|Mason|Dixon|Munoz|Hunt|
Hicks|Holmes|Palmer|Wagner|Black|Robertson|Boyd|Rose|Stone|Salazar|Fox|Warren|Mills|Meyer|
Rice|Schmidt|Garza|Daniels|Ferguson|Nichols|Stephens|Soto|Weaver|Ryan|Gardner|Payne|Grant|
Dunn|Kelley|Spencer|Hawkins|Arnold|Pierce|Vazquez|Hansen|Peters|Santos|Hart|Bradley|Knight|
Elliott|Cunningham|Duncan|Armstrong|Hudson|Carroll|Lane|Riley|Andrews|Alvarado|Ray|Delgado|
Berry|Perkins|Hoffman|Johnston|Matthews|Pena|Richards|Contreras|Willis|Carpenter|Lawrence|
Sandoval|Guerrero|George|Chapman|Rios|Estrada|Ortega|Watkins|Greene|Nunez|Wheeler|Valdez|
Harper|Burke|Larson|Santiago|Maldonado|Morrison|Franklin|Carlson|Austin|Dominguez|Carr|Lawson|
Jacobs|O'Brien|Lynch|Singh|Vega|Bishop|Montgomery|Oliver|Jensen|Harvey|Williamson|Gilbert|
Dean|Sims|Espinoza|Howell|Li|Wong|Reid|Hanson|Le|McCoy|Garrett|Burton|Fuller|Wang|Weber|
Welch|Rojas|Lucas|Marquez|Fields|Park|Yang|Little|Banks|Padilla|Day|Walsh|Bowman|Schultz|
Luna|Fowler|Mejia|Davidson|Acosta|Brewer|Holland|Juarez|Newman|Pearson|Curtis|Cortez|Douglas|
Schneider|Joseph|Barrett|Navarro|Figueroa|Keller|Avila|Wade|Molina|Stanley|Hopkins|Campos|
Barnett|Bates|Chambers|Caldwell|Beck|Lambert|Miranda|Byrd|Craig|Ayala|Lowe|Frazier|Powers|
Neal|Leonard|Gregory|Carrillo|Sutton|Fleming|Rhodes|Shelton|Schwartz|Norris|Jennings|Watts|
Duran|Walters|Cohen|McDaniel|Moran|Parks|Steele|Vaughn|Becker|Holt|DeLeon|Barker|Hale|
O'Connor|Nakamura|Tanaka|Yamamoto|Cho|Shah|Kowalski|Novak|Russo|Romano|Murphy-Lee|Sorensen`);
