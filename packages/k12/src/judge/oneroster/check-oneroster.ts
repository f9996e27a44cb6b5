import type { FindingSink } from '../finding-sink.js';
import type { RosterFormat } from '../roster-report.js';
import { checkManifest } from './check-manifest.js';
import { checkClasses, checkCourses } from './check-or-courses-classes.js';
import { checkDemographics } from './check-or-demographics.js';
import { checkEnrollments } from './check-or-enrollments.js';
import { checkAcademicSessions, checkOrgs } from './check-or-orgs-sessions.js';
import { checkRoles, checkUserProfiles, checkUsers } from './check-or-users.js';
import { createOneRosterRun } from './oneroster-run.js';

/** Judges a OneRoster bulk export: the manifest first, then each file after the files it references. */
export async function checkOneRoster(dir: string, sink: FindingSink): Promise<RosterFormat> {
  const manifest = await checkManifest(dir, sink);
  const run = createOneRosterRun(dir, sink, manifest);
  await checkOrgs(run);
  await checkAcademicSessions(run);
  await checkCourses(run);
  await checkClasses(run);
  await checkUsers(run);
  await checkUserProfiles(run);
  await checkRoles(run);
  await checkEnrollments(run);
  await checkDemographics(run);
  return run.version === '1.1' ? 'oneroster-1.1' : 'oneroster-1.2';
}
