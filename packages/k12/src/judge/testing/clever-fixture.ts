import { table, type RosterFixture } from './roster-fixture.js';

/** The district folder of the Clever fixture. */
export const D = 'North_Data';

/** A tiny, valid Clever roster (school year 2026–2027): two schools, a dual-role teacher, a co-taught section. */
export function cleverFixture(): RosterFixture {
  return {
    [`${D}/schools.csv`]: table(
      'School_id,School_name,School_number,Low_grade,High_grade,Principal,Principal_email,School_address,School_city,School_state,School_zip,School_phone',
      'S1,Elm Elementary,101,Kindergarten,5,Ann Lee,ann.lee@elm.example.org,1 Main St,Springfield,IL,62701,217-555-0100',
      'S2,Oak High,102,9,12,Bob Roe,bob.roe@oak.example.org,2 Main St,Springfield,IL,62702,217-555-0101'),
    [`${D}/teachers.csv`]: table(
      'School_id,Teacher_id,Teacher_number,State_teacher_id,Teacher_email,First_name,Last_name,Title',
      'S1,T1,1001,ST1,carol.kim@d.example.org,Carol,Kim,Teacher',
      'S1,T2,1002,ST2,dan.fox@d.example.org,Dan,Fox,Teacher',
      'S2,T3,1003,ST3,eve.ng@d.example.org,Eve,Ng,Teacher'),
    [`${D}/staff.csv`]: table(
      'School_id,Staff_id,Staff_email,First_name,Last_name,Department,Title',
      'S1,F1,carol.kim@d.example.org,Carol,Kim,Curriculum & Instruction,Instructional Coordinator',
      'S2,F2,gil.hart@d.example.org,Gil,Hart,Student Services,Counselor'),
    [`${D}/students.csv`]: table(
      'School_id,Student_id,Student_number,State_id,Last_name,First_name,Grade,Gender,DOB,Student_email',
      'S1,P1,5001,9000000001,Diaz,Ana,3,F,03/14/2018,ana.diaz@s.example.org',
      'S1,P2,5002,9000000002,Ito,Ben,Kindergarten,M,10/02/2021,ben.ito@s.example.org',
      'S2,P3,5003,9000000003,Moss,Cy,10,X,06/30/2011,cy.moss@s.example.org',
      'S2,P4,5004,9000000004,Park,Di,11,F,01/05/2010,di.park@s.example.org'),
    [`${D}/sections.csv`]: table(
      'School_id,Section_id,Teacher_id,Teacher_2_id,Name,Grade,Subject',
      'S1,C1,T1,T2,Grade 3 Homeroom,3,homeroom/advisory',
      'S1,C2,T2,,Kindergarten Homeroom,Kindergarten,homeroom/advisory',
      'S2,C3,T3,,Biology,10,science'),
    [`${D}/enrollments.csv`]: table(
      'School_id,Section_id,Student_id',
      'S1,C1,P1',
      'S1,C2,P2',
      'S2,C3,P3',
      'S2,C3,P4'),
  };
}
