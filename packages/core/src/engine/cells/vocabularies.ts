/** Small vocabularies the realism library does not carry. */
export const EXTRA_VOCABULARIES = {
  projectName: [
    'Apollo Migration', 'Atlas Data Platform', 'Beacon Mobile App', 'Cascade Billing Revamp', 'Compass CRM Rollout',
    'Evergreen Website Refresh', 'Falcon Analytics', 'Harbor Supply Chain', 'Horizon Cloud Move', 'Keystone ERP Upgrade',
    'Lighthouse Customer Portal', 'Meridian Payroll', 'Northstar Onboarding', 'Orion Security Audit', 'Phoenix Rewrite',
    'Pinnacle Reporting', 'Quartz Inventory', 'Summit Sales Enablement', 'Trailhead Training', 'Zenith Help Desk',
  ],
  projectRole: ['Project Manager', 'Developer', 'Analyst', 'Designer', 'QA Engineer', 'Architect', 'Consultant', 'Team Lead', 'Scrum Master', 'Data Engineer', 'Reviewer', 'Sponsor'],
  edition: ['1st', '2nd', '3rd', '4th', '5th', 'Revised', 'Anniversary', 'Illustrated', 'Special'],
  branchName: ['Main Branch', 'Eastside Branch', 'Westside Branch', 'Northgate Branch', 'Southpoint Branch', 'Riverside Branch', 'Hillcrest Branch', 'Lakeview Branch', 'Maple Grove Branch', 'Oak Park Branch', 'Downtown Branch', 'Harbor Branch'],
  officeLocation: ['Building A, Floor 1', 'Building A, Floor 2', 'Building B, Floor 3', 'Headquarters', 'North Campus', 'South Campus', 'Remote', 'Annex, Floor 1', 'Tower 2, Floor 12', 'Main Office'],
  category: ['Standard', 'Premium', 'Basic', 'Seasonal', 'Limited', 'Classic', 'New', 'Featured', 'Clearance', 'Other'],
  status: ['active', 'inactive', 'pending', 'archived', 'suspended'],
  mealCourse: ['Appetizer', 'Soup', 'Salad', 'Main Course', 'Side', 'Dessert', 'Beverage', 'Special'],
  title: ['Overview', 'Quarterly Update', 'Getting Started', 'Annual Report', 'Release Notes', 'Weekly Summary', 'Field Guide', 'Case Study', 'Roadmap', 'Postmortem'],
} as const satisfies Record<string, readonly string[]>;
