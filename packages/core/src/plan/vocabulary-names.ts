/** Names of the `vocabulary` generator's word lists (`{ generator: 'vocabulary', name: 'company' }`). */
export const VOCABULARY_NAME_LIST = [
  'company', 'industry', 'department', 'jobTitle', 'product', 'restaurant', 'cuisine', 'menuItem', 'bookTitle',
  'genre', 'publisher', 'nationality', 'language', 'benefitType', 'vehicleType', 'openingHours', 'paymentMethod',
  'color', 'country', 'word', 'projectName', 'projectRole', 'edition', 'branchName', 'officeLocation', 'category',
  'status', 'currency', 'licensePlate', 'title', 'planName', 'roleName', 'permission', 'feature', 'teamName',
  'boardName', 'issueLabel', 'chatChannel', 'marketingChannel', 'salesChannel', 'campaignName', 'groupName',
  'eventName', 'venueName', 'playlistName', 'salesRegion', 'warehouseName', 'courseName', 'skill', 'sportsTeam', 'mealCourse',
] as const;
