/** Names of the `vocabulary` generator's word lists (`{ generator: 'vocabulary', name: 'company' }`). */
export const VOCABULARY_NAME_LIST = [
  'company', 'industry', 'department', 'jobTitle', 'product', 'restaurant', 'cuisine', 'menuItem', 'bookTitle',
  'genre', 'publisher', 'nationality', 'language', 'benefitType', 'vehicleType', 'openingHours', 'paymentMethod',
  'color', 'country', 'word', 'projectName', 'projectRole', 'edition', 'branchName', 'officeLocation', 'category',
  'status', 'currency', 'licensePlate', 'title',
] as const;
