/**
 * Hand-written word lists for nationalities, languages, benefits and vehicle types.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Demonyms, most often seen in US data first. */
export const NATIONALITIES = listOf('nationalities', `
American|Mexican|Canadian|Indian|Chinese|Filipino|British|German|Vietnamese|Korean|Cuban|
Salvadoran|Dominican|Guatemalan|Colombian|Brazilian|Japanese|Italian|French|Irish|Polish|
Nigerian|Jamaican|Haitian|Pakistani|Honduran|Peruvian|Ecuadorian|Venezuelan|Russian|Ukrainian|
Spanish|Portuguese|Greek|Dutch|Swedish|Norwegian|Australian|New Zealander|South African|
Egyptian|Kenyan|Ethiopian|Ghanaian|Israeli|Turkish|Iranian|Lebanese|Bangladeshi|Nepali|Thai|
Indonesian|Argentine|Chilean|Swiss|Austrian|Belgian|Danish|Finnish|Czech`);

/** Languages, most spoken in the US first (ACS). */
export const LANGUAGES = listOf('languages', `
English|Spanish|Chinese|Tagalog|Vietnamese|Arabic|French|Korean|Russian|German|Haitian Creole|
Hindi|Portuguese|Italian|Polish|Urdu|Japanese|Persian|Gujarati|Telugu|Bengali|Tamil|Punjabi|
Greek|Hebrew|Ukrainian|Swahili|Amharic|Somali|Thai|Turkish|Dutch|Swedish|Indonesian|Nepali`);

export const BENEFIT_TYPES = listOf('benefit types', `
Health Insurance|Dental Insurance|Vision Insurance|401(k) Retirement Plan|Life Insurance|
Paid Time Off|Short-Term Disability|Long-Term Disability|Health Savings Account|
Flexible Spending Account|Parental Leave|Tuition Reimbursement|Employee Assistance Program|
Commuter Benefits|Wellness Program|Gym Membership|Employee Stock Purchase Plan|Stock Options|
Remote Work Stipend|Childcare Assistance|Pet Insurance|Legal Assistance|Professional Development`);

export const VEHICLE_TYPES = listOf('vehicle types', `
SUV|Sedan|Pickup Truck|Crossover|Minivan|Hatchback|Coupe|Cargo Van|Convertible|Station Wagon|
Box Truck|Motorcycle|Passenger Van|Semi-Truck|Bus`);
