/**
 * Hand-written word lists for companies, jobs, projects, titles, branches and offices.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

export const INDUSTRIES = listOf('industries', `
Accounting|Aerospace & Defense|Agriculture|Apparel & Fashion|Architecture & Planning|Automotive|
Banking|Biotechnology|Construction|Consumer Electronics|Consumer Goods|E-commerce|Education|
Energy|Entertainment|Environmental Services|Financial Services|Food & Beverage|Government|
Healthcare|Hospitality|Human Resources|Insurance|Information Technology|Legal Services|
Logistics & Supply Chain|Management Consulting|Manufacturing|Marketing & Advertising|
Media & Publishing|Mining & Metals|Nonprofit|Oil & Gas|Pharmaceuticals|Real Estate|
Renewable Energy|Restaurants|Retail|Semiconductors|Software|Sports & Recreation|
Staffing & Recruiting|Telecommunications|Transportation|Travel & Tourism|Utilities|Wholesale|
Veterinary Services|Research|Security & Investigations`);

/** Most common first. */
export const DEPARTMENTS = listOf('departments', `
Sales|Engineering|Operations|Customer Support|Marketing|Finance|Human Resources|
Information Technology|Product Management|Administration|Accounting|Research and Development|
Business Development|Customer Success|Procurement|Quality Assurance|Logistics|Legal|
Data & Analytics|Facilities|Design|Compliance|Security|Communications|Training`);

/** Individual-contributor and manager titles, roughly most common first. */
export const JOB_TITLES = listOf('job titles', `
Sales Representative|Customer Service Representative|Software Engineer|Administrative Assistant|
Account Manager|Project Manager|Operations Manager|Registered Nurse|Accountant|Business Analyst|
Senior Software Engineer|Marketing Coordinator|Financial Analyst|Office Manager|
Warehouse Associate|Store Manager|Data Analyst|HR Generalist|Recruiter|Support Specialist|
Account Executive|Marketing Manager|Sales Manager|Product Manager|IT Support Specialist|
Executive Assistant|Teacher|Medical Assistant|Delivery Driver|Cashier|Receptionist|
Bookkeeper|Payroll Specialist|Accounts Payable Clerk|Customer Success Manager|Program Manager|
Engineering Manager|QA Engineer|DevOps Engineer|Data Engineer|Data Scientist|Product Designer|
Graphic Designer|UX Researcher|Systems Administrator|Network Engineer|Security Analyst|
Database Administrator|Solutions Architect|Site Reliability Engineer|Technical Writer|
Content Strategist|Social Media Manager|SEO Specialist|Brand Manager|Senior Accountant|
Controller|HR Manager|Talent Acquisition Specialist|Benefits Administrator|Training Coordinator|
Operations Analyst|Supply Chain Analyst|Logistics Coordinator|Purchasing Agent|Facilities Manager|
Paralegal|Compliance Officer|Legal Counsel|Consultant|Research Scientist|Lab Technician|
Pharmacist|Physical Therapist|Librarian|Electrician|Mechanic|Chef|Line Cook|Server|
Civil Engineer|Mechanical Engineer|Architect|Staff Engineer|Principal Engineer|
Business Development Representative|Director of Operations|Director of Marketing|
Director of Engineering|Director of Sales|Vice President of Sales|Vice President of Engineering`);

export const EXECUTIVE_TITLES = listOf('executive titles', `
Chief Executive Officer|Chief Financial Officer|Chief Operating Officer|Chief Technology Officer|
Chief Marketing Officer|Chief People Officer|General Counsel|President`);

export const NAME_PREFIXES = listOf('company name prefixes', `
Bright|North|Blue|Silver|Green|Iron|Clear|Summit|Red|True|Peak|Stone|Swift|Cedar|Pine|Oak|
River|Sky|Star|Sun|Golden|High|Open|Bold|Maple|West|East|Crystal|Prime|Nova`);

export const NAME_SUFFIXES = listOf('company name suffixes', `
wave|point|bridge|field|stone|line|works|path|ridge|view|core|gate|leaf|light|mark|wood|haven|
forge|crest|spring|side|way|bay|scape|well|ware|stack|loop`);

export const PLACE_WORDS = listOf('company place words', `
Pacific|Atlantic|Summit|Pinnacle|Horizon|Keystone|Liberty|Evergreen|Frontier|Heritage|Beacon|
Meridian|Sterling|Apex|Cornerstone|Crescent|Harbor|Lakeside|Redwood|Granite|Northstar|Riverbend|
Bluewater|Silverline|Ironwood|Prairie|Cascade|Sierra|Coastal|Midwest|Great Lakes|Gulf Coast`);

export const BUSINESS_NOUNS = listOf('company business nouns', `
Health|Logistics|Financial|Consulting|Software|Foods|Manufacturing|Energy|Media|Systems|Analytics|
Labs|Builders|Realty|Insurance|Design|Supply|Solutions|Technologies|Partners|Dynamics|Ventures|
Capital|Engineering|Brands|Networks|Medical|Freight|Construction|Marketing|Robotics|Outfitters`);

export const LEGAL_ENDINGS = listOf('legal endings', 'Inc.|LLC|Group|Co.|Corp.|Holdings');

export const PROJECT_CODENAMES = listOf('project codenames', `
Atlas|Phoenix|Orion|Apollo|Mercury|Falcon|Horizon|Nimbus|Aurora|Titan|Everest|Voyager|Beacon|
Catalyst|Compass|Keystone|Lighthouse|Odyssey|Pegasus|Quantum|Sapphire|Sentinel|Vanguard|Zenith`);

export const PROJECT_AREAS = listOf('project areas', `
Website|Mobile App|Data Warehouse|CRM|ERP|Billing System|Customer Portal|Payroll|Inventory|
Supply Chain|Onboarding|Analytics Platform|Security|Cloud|Network|Help Desk|Brand|Checkout|
Reporting|Loyalty Program|Intranet|Warehouse|Marketing Automation|API`);

export const PROJECT_ACTIONS = listOf('project actions', `
Redesign|Migration|Upgrade|Rollout|Modernization|Integration|Overhaul|Launch|Consolidation|
Automation|Refresh|Implementation|Audit|Expansion|Optimization|Pilot`);

export const PROJECT_ROLES = listOf('project roles', `
Project Manager|Developer|Team Lead|Business Analyst|QA Tester|Designer|Architect|Stakeholder|
Product Owner|Scrum Master|Data Analyst|Consultant|Sponsor|Technical Writer|DevOps Engineer|
Subject Matter Expert|Reviewer|Contributor`);

export const TITLE_ADJECTIVES = listOf('title adjectives', `
Quarterly|Annual|Weekly|Monthly|Updated|New|Final|Draft|Revised|Internal|Team|Regional|Q1|Q2|
Q3|Q4|2025|Spring|Fall`);

export const TITLE_TOPICS = listOf('title topics', `
Budget|Marketing|Sales|Onboarding|Security|Customer Feedback|Product Roadmap|Vendor|Inventory|
Training|Compliance|Hiring|Website|Performance|Safety|Pricing|Expense|Project|Release|Benefits|
Support|Travel Policy|Data Quality|Risk|Fundraising|Curriculum`);

export const TITLE_NOUNS = listOf('title nouns', `
Review|Report|Plan|Checklist|Summary|Update|Proposal|Guidelines|Overview|Analysis|Meeting Notes|
Workshop|Kickoff|Retrospective|Forecast|Handbook|Policy|Presentation|Roadmap|Survey Results`);

export const NEIGHBORHOODS = listOf('neighborhoods', `
Downtown|Midtown|Uptown|Riverside|Northside|Southside|Eastside|Westside|Lakeside|Hillcrest|
Oak Park|Maple Grove|Cedar Hills|Pine Ridge|Harbor View|Brookside|Fairview|Greenwood|
Highland Park|Mill Creek|Westfield|Northgate|Eastgate|Southpoint|Parkside|University|Airport|
Old Town|Market Square|Bayside|Spring Valley|Willow Creek|Stonebridge|Meadowbrook`);

export const BRANCH_KINDS = listOf('branch kinds', 'Branch|Branch|Branch|Office|Center|Location');

/** Cities with a major office market, as "City, ST". */
export const OFFICE_CITIES = listOf('office cities', `
New York, NY|Los Angeles, CA|Chicago, IL|Houston, TX|Dallas, TX|Austin, TX|San Francisco, CA|
Seattle, WA|Boston, MA|Atlanta, GA|Denver, CO|Phoenix, AZ|Philadelphia, PA|Miami, FL|
Washington, DC|San Diego, CA|San Jose, CA|Minneapolis, MN|Charlotte, NC|Nashville, TN|
Portland, OR|Salt Lake City, UT|Raleigh, NC|Columbus, OH|Indianapolis, IN|Kansas City, MO|
Detroit, MI|Pittsburgh, PA|St. Louis, MO|Tampa, FL|Orlando, FL|Baltimore, MD|Sacramento, CA|
Las Vegas, NV|Cincinnati, OH|Cleveland, OH|Milwaukee, WI|Richmond, VA|New Orleans, LA|Omaha, NE`);
