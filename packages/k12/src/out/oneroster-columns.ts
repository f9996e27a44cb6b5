const META = ['sourcedId', 'status', 'dateLastModified'];

/** OneRoster CSV columns in spec order (1EdTech 1.1 and 1.2 CSV bindings; k12.md §2.3). */
export const ONEROSTER_COLUMNS = {
  orgs: [...META, 'name', 'type', 'identifier', 'parentSourcedId'],
  academicSessions: [...META, 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
  courses: [...META, 'schoolYearSourcedId', 'title', 'courseCode', 'grades', 'orgSourcedId', 'subjects', 'subjectCodes'],
  classes: [...META, 'title', 'grades', 'courseSourcedId', 'classCode', 'classType', 'location', 'schoolSourcedId', 'termSourcedIds', 'subjects', 'subjectCodes', 'periods'],
  users11: [...META, 'enabledUser', 'orgSourcedIds', 'role', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password'],
  users12: [...META, 'enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password',
    'userMasterIdentifier', 'resourceSourcedIds', 'preferredGivenName', 'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns'],
  roles: [...META, 'userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'],
  enrollments: [...META, 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role', 'primary', 'beginDate', 'endDate'],
  demographics: [...META, 'birthDate', 'sex', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander', 'white',
    'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity', 'countryOfBirthCode', 'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus'],
} as const;

const FILES_11 = ['academicSessions', 'categories', 'classes', 'classResources', 'courses', 'courseResources', 'demographics', 'enrollments', 'lineItems', 'orgs', 'resources', 'results', 'users'];
const FILES_12 = [...FILES_11, 'roles', 'userProfiles', 'userResources', 'scoreScales', 'lineItemScoreScales', 'resultScoreScales', 'lineItemLearningObjectiveIds', 'resultLearningObjectiveIds'];
const WRITTEN = new Set(['academicSessions', 'classes', 'courses', 'demographics', 'enrollments', 'orgs', 'users', 'roles']);

/** manifest.csv rows: versions, every file of the version as bulk or absent, the source system. */
export function manifestRows(version: '1.1' | '1.2'): string[][] {
  const files = version === '1.1' ? FILES_11 : FILES_12;
  return [
    ['manifest.version', '1.0'], ['oneroster.version', version],
    ...files.map((f) => [`file.${f}`, WRITTEN.has(f) ? 'bulk' : 'absent']),
    ['source.systemName', 'Rowforge'], ['source.systemCode', 'rowforge-k12'],
  ];
}
