/** Clever grade values (students, sections, school spans), youngest first; Ungraded and Other have no place. */
export const CLEVER_GRADES = [
  'InfantToddler', 'Preschool', 'PreKindergarten', 'TransitionalKindergarten', 'Kindergarten',
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', 'PostGraduate', 'Ungraded', 'Other',
] as const;

/** CEDS Entry Grade Level codes used by OneRoster, youngest first. */
export const CEDS_GRADES = [
  'IT', 'PR', 'PK', 'TK', 'KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13',
  'PS', 'UG', 'Other',
] as const;

export const CLEVER_GENDERS = ['M', 'F', 'X'] as const;
export const CLEVER_RACES = ['A', 'B', 'I', 'M', 'P', 'W'] as const;
export const YES_NO = ['Y', 'N'] as const;
export const CLEVER_FRL = ['Free', 'Reduced', 'Paid', 'Other'] as const;

export const CLEVER_SUBJECTS = [
  'english/language arts', 'math', 'science', 'social studies', 'language', 'homeroom/advisory',
  'interventions/online learning', 'technology and engineering', 'PE and health', 'arts and music', 'other',
] as const;

export const CLEVER_HOME_LANGUAGES = [
  'English', 'Albanian', 'Amharic', 'Arabic', 'Bengali', 'Bosnian', 'Burmese', 'Cantonese', 'Chinese', 'Dutch',
  'Farsi', 'French', 'German', 'Hebrew', 'Hindi', 'Hmong', 'Ilocano', 'Japanese', 'Javanese', 'Karen', 'Khmer',
  'Korean', 'Laotian', 'Latvian', 'Malay', 'Mandarin', 'Nepali', 'Oromo', 'Polish', 'Portuguese', 'Punjabi',
  'Romanian', 'Russian', 'Samoan', 'Serbian', 'Somali', 'Spanish', 'Swahili', 'Tagalog', 'Tamil', 'Telugu',
  'Thai', 'Tigrinya', 'Turkish', 'Ukrainian', 'Urdu', 'Vietnamese',
] as const;

/** USPS state and territory codes. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'PR', 'GU', 'VI', 'AS', 'MP',
] as const;

export const OR_STATUS = ['active', 'tobedeleted'] as const;
export const OR_BOOLEAN = ['true', 'false'] as const;
export const OR_ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'] as const;
export const OR_SESSION_TYPES = ['gradingPeriod', 'semester', 'schoolYear', 'term'] as const;
export const OR_CLASS_TYPES = ['homeroom', 'scheduled'] as const;
export const OR_11_USER_ROLES = ['administrator', 'aide', 'guardian', 'parent', 'proctor', 'relative', 'student', 'teacher'] as const;
export const OR_12_ROLES = [
  'aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative',
  'siteAdministrator', 'student', 'systemAdministrator', 'teacher',
] as const;
export const OR_ROLE_TYPES = ['primary', 'secondary'] as const;
export const OR_ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher'] as const;
export const OR_11_SEX = ['male', 'female'] as const;
export const OR_12_SEX = ['male', 'female', 'unspecified', 'other'] as const;
