import { listOf, matches, oneOf, satisfies } from '../rules/cell-checks.js';
import { cells } from '../rules/common-cells.js';
import {
  OR_11_SEX, OR_11_USER_ROLES, OR_12_ROLES, OR_12_SEX, OR_CLASS_TYPES, OR_ENROLLMENT_ROLES, OR_ORG_TYPES,
  OR_ROLE_TYPES, OR_SESSION_TYPES, OR_STATUS,
} from '../rules/vocabularies.js';
import type { CellCheck, TableSpec } from '../table/table-spec.js';

/** OneRoster versions the judge knows. */
export type OneRosterVersion = '1.1' | '1.2';

const HEAD = ['sourcedId', 'status', 'dateLastModified'] as const;
const sourcedId = matches('sourced-id-format', 'sourcedId', /^[A-Za-z0-9._-]{1,100}$/);
const headCells: Record<string, CellCheck> = {
  sourcedId, status: oneOf('vocabulary', 'status', OR_STATUS), dateLastModified: cells.isoDateTime,
};
const orgType = satisfies('vocabulary', `org type must be one of ${OR_ORG_TYPES.join(', ')} or start with ext:`,
  (v) => (OR_ORG_TYPES as readonly string[]).includes(v) || v.startsWith('ext:'));
const grades = listOf(cells.cedsGrade);

function table(file: string, columns: readonly string[], required: readonly string[], own: Record<string, CellCheck>): TableSpec {
  return { file, columns: [...HEAD, ...columns], metadataColumns: true, required: ['sourcedId', ...required], cells: { ...headCells, ...own } };
}

export const ORGS = table('orgs.csv', ['name', 'type', 'identifier', 'parentSourcedId'], ['name', 'type'], { type: orgType });

export const ACADEMIC_SESSIONS = table('academicSessions.csv',
  ['title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
  ['title', 'type', 'startDate', 'endDate', 'schoolYear'],
  { type: oneOf('vocabulary', 'session type', OR_SESSION_TYPES), startDate: cells.isoDate, endDate: cells.isoDate,
    schoolYear: matches('school-year-format', 'schoolYear (the year the school year ends)', /^\d{4}$/) });

export const COURSES = table('courses.csv',
  ['schoolYearSourcedId', 'title', 'courseCode', 'grades', 'orgSourcedId', 'subjects', 'subjectCodes'],
  ['title', 'orgSourcedId'], { grades });

export const CLASSES = table('classes.csv',
  ['title', 'grades', 'courseSourcedId', 'classCode', 'classType', 'location', 'schoolSourcedId', 'termSourcedIds', 'subjects', 'subjectCodes', 'periods'],
  ['title', 'courseSourcedId', 'classType', 'schoolSourcedId', 'termSourcedIds'],
  { grades, classType: oneOf('vocabulary', 'classType', OR_CLASS_TYPES) });

const USERS_11 = table('users.csv',
  ['enabledUser', 'orgSourcedIds', 'role', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier',
    'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password'],
  ['enabledUser', 'orgSourcedIds', 'role', 'username', 'givenName', 'familyName'],
  { enabledUser: cells.boolean, role: oneOf('vocabulary', 'role', OR_11_USER_ROLES), email: cells.email, grades });

const USERS_12 = table('users.csv',
  ['enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone',
    'agentSourcedIds', 'grades', 'password', 'userMasterIdentifier', 'resourceSourcedIds', 'preferredGivenName',
    'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns'],
  ['enabledUser', 'username', 'givenName', 'familyName'],
  { enabledUser: cells.boolean, email: cells.email, grades,
    userIds: listOf(matches('user-ids-format', 'each userIds entry', /^\{[^:}]+:[^}]+\}$/)) });

export const ROLES = table('roles.csv',
  ['userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'],
  ['userSourcedId', 'roleType', 'role', 'orgSourcedId'],
  { roleType: oneOf('vocabulary', 'roleType', OR_ROLE_TYPES), role: oneOf('vocabulary', 'role', OR_12_ROLES),
    beginDate: cells.isoDate, endDate: cells.isoDate });

export const USER_PROFILES = table('userProfiles.csv',
  ['userSourcedId', 'profileType', 'vendorId', 'applicationId', 'description', 'credentialType', 'username', 'password'],
  ['userSourcedId', 'profileType', 'vendorId', 'credentialType', 'username'], {});

export const ENROLLMENTS = table('enrollments.csv',
  ['classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role', 'primary', 'beginDate', 'endDate'],
  ['classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'],
  { role: oneOf('vocabulary', 'role', OR_ENROLLMENT_ROLES), primary: cells.boolean, beginDate: cells.isoDate, endDate: cells.isoDate });

const RACE_FLAGS = ['americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander',
  'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity'] as const;

function demographics(sex: readonly string[]): TableSpec {
  return table('demographics.csv',
    ['birthDate', 'sex', ...RACE_FLAGS, 'countryOfBirthCode', 'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus'],
    [], { birthDate: cells.isoDate, sex: oneOf('gender-vocabulary', 'sex', sex), ...Object.fromEntries(RACE_FLAGS.map((f) => [f, cells.boolean])) });
}

/** Per version: the judged files' specs. */
export const ONEROSTER_SPECS: Readonly<Record<OneRosterVersion, Readonly<Record<string, TableSpec>>>> = {
  '1.1': { orgs: ORGS, academicSessions: ACADEMIC_SESSIONS, courses: COURSES, classes: CLASSES, users: USERS_11, enrollments: ENROLLMENTS, demographics: demographics(OR_11_SEX) },
  '1.2': { orgs: ORGS, academicSessions: ACADEMIC_SESSIONS, courses: COURSES, classes: CLASSES, users: USERS_12, roles: ROLES,
    userProfiles: USER_PROFILES, enrollments: ENROLLMENTS, demographics: demographics(OR_12_SEX) },
};

const FILES_11 = ['academicSessions', 'categories', 'classes', 'classResources', 'courses', 'courseResources', 'demographics',
  'enrollments', 'lineItems', 'orgs', 'results', 'resources', 'users'];

/** Every data file a version's manifest must list (`file.<name>`). */
export const MANIFEST_FILES: Readonly<Record<OneRosterVersion, readonly string[]>> = {
  '1.1': FILES_11,
  '1.2': [...FILES_11, 'roles', 'userProfiles', 'userResources', 'scoreScales', 'lineItemScoreScales', 'resultScoreScales',
    'lineItemLearningObjectiveIds', 'resultLearningObjectiveIds'],
};
