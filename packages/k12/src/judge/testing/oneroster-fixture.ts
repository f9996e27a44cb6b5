import { table, type RosterFixture } from './roster-fixture.js';

const FILES_11 = ['academicSessions', 'categories', 'classes', 'classResources', 'courses', 'courseResources', 'demographics',
  'enrollments', 'lineItems', 'orgs', 'results', 'resources', 'users'];
const FILES_12 = [...FILES_11, 'roles', 'userProfiles', 'userResources', 'scoreScales', 'lineItemScoreScales', 'resultScoreScales',
  'lineItemLearningObjectiveIds', 'resultLearningObjectiveIds'];
const BULK = new Set(['academicSessions', 'classes', 'courses', 'demographics', 'enrollments', 'orgs', 'users', 'roles']);

function manifest(version: '1.1' | '1.2'): string[][] {
  const files = version === '1.1' ? FILES_11 : FILES_12;
  return [['propertyName', 'value'], ['manifest.version', '1.0'], ['oneroster.version', version],
    ...files.map((f) => [`file.${f}`, BULK.has(f) ? 'bulk' : 'absent'])];
}

function shared(): RosterFixture {
  return {
    'orgs.csv': table('sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId',
      'D1,,,North District,district,3400001,', 'S1,,,Elm Elementary,school,340000100001,D1', 'S2,,,Oak High,school,340000100002,D1'),
    'academicSessions.csv': table('sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear',
      'Y2027,active,2026-08-01T00:00:00.000Z,2026-2027,schoolYear,2026-08-17,2027-06-11,,2027',
      'T1,,,Fall,semester,2026-08-17,2026-12-18,Y2027,2027'),
    'courses.csv': [['sourcedId', 'status', 'dateLastModified', 'schoolYearSourcedId', 'title', 'courseCode', 'grades', 'orgSourcedId', 'subjects', 'subjectCodes'],
      ['K1', '', '', 'Y2027', 'Grade 3', 'G3', '03', 'S1', '', ''],
      ['K2', '', '', 'Y2027', 'Biology', 'BIO', '10,11', 'S2', 'science', '']],
    'classes.csv': table('sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods',
      'C1,,,Grade 3 Homeroom,03,K1,G3-1,homeroom,Room 1,S1,T1,,,', 'C2,,,Biology,10,K2,BIO-1,scheduled,Room 2,S2,T1,,,1'),
    'enrollments.csv': table('sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate',
      'E1,,,C1,S1,U1,teacher,true,2026-08-17,2027-06-11', 'E2,,,C1,S1,P1,student,false,,', 'E3,,,C2,S2,U3,teacher,true,,',
      'E4,,,C2,S2,P3,student,false,,'),
    'demographics.csv': table('sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus',
      'P1,,,2018-03-14,female,false,false,false,false,true,false,true,,,,', 'P3,,,2011-06-30,male,false,true,false,false,false,false,false,,,,'),
  };
}

/** A tiny, valid OneRoster 1.1 bulk export; U1 (teacher) and U2 (administrator) are one dual-role person. */
export function oneRoster11Fixture(): RosterFixture {
  return {
    ...shared(),
    'manifest.csv': manifest('1.1'),
    'users.csv': table('sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
      'U1,,,true,S1,teacher,ckim,,Carol,Kim,,1001,carol.kim@d.example.org,,,,,',
      'U2,,,true,S1,administrator,ckim2,,Carol,Kim,,F1,carol.kim@d.example.org,,,,,',
      'U3,,,true,S2,teacher,eng,,Eve,Ng,,1003,eve.ng@d.example.org,,,,,',
      'P1,,,true,S1,student,adiaz,,Ana,Diaz,,5001,ana.diaz@s.example.org,,,,03,',
      'P3,,,true,S2,student,cmoss,,Cy,Moss,,5003,cy.moss@s.example.org,,,,10,'),
  };
}

/** A tiny, valid OneRoster 1.2 bulk export; U1 holds teacher and siteAdministrator roles. */
export function oneRoster12Fixture(): RosterFixture {
  return {
    ...shared(),
    'manifest.csv': manifest('1.2'),
    'users.csv': table('sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns',
      'U1,,,true,ckim,{SIS:1001},Carol,Kim,,1001,carol.kim@d.example.org,,,,,,M1,,,,,S1,',
      'U3,,,true,eng,{SIS:1003},Eve,Ng,,1003,eve.ng@d.example.org,,,,,,M3,,,,,S2,',
      'P1,,,true,adiaz,{SIS:5001},Ana,Diaz,,5001,ana.diaz@s.example.org,,,,03,,M4,,,,,S1,',
      'P3,,,true,cmoss,{SIS:5003},Cy,Moss,,5003,cy.moss@s.example.org,,,,10,,M5,,,,,S2,'),
    'roles.csv': table('sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId',
      'R1,,,U1,primary,teacher,,,S1,', 'R2,,,U1,secondary,siteAdministrator,,,S1,', 'R3,,,U3,primary,teacher,,,S2,',
      'R4,,,P1,primary,student,,,S1,', 'R5,,,P3,primary,student,,,S2,'),
  };
}
