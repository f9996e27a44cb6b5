/**
 * Hand-written word lists for course names and skills.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Academic subjects that take level numbers ("Calculus II") and prefixes ("Introduction to Physics"). */
export const ACADEMIC_SUBJECTS = listOf('academic subjects', `
Statistics|Calculus|Biology|Chemistry|Physics|Economics|Psychology|Sociology|Philosophy|Algebra|
Geometry|Spanish|French|German|Japanese|Accounting|Finance|Anatomy|Music Theory|Art History|
Computer Science|Political Science|Anthropology|Literature|Writing|Astronomy|Geology|Linguistics`);

/** Numbered levels of a course sequence. */
export const COURSE_LEVELS = listOf('course levels', 'I|II|III|101|201|301');

/** Prefixes of an academic course: "Introduction to" in "Introduction to Statistics". */
export const ACADEMIC_PREFIXES = listOf('academic prefixes', 'Introduction to|Advanced|Principles of|Honors|Topics in|Foundations of|AP|Applied');

/** Practical topics for training courses ("Intro to Python"). */
export const PRACTICAL_TOPICS = listOf('practical topics', `
Python|JavaScript|SQL|Excel|Data Science|Machine Learning|Web Development|Photography|Public Speaking|
Digital Marketing|Project Management|UX Design|Graphic Design|Creative Writing|Cloud Computing|
Cybersecurity|React|Financial Modeling|Negotiation|Leadership|Watercolor Painting|Guitar|Nutrition|
Personal Finance|Mobile App Development|Data Visualization|Copywriting|Video Editing|Agile`);

/** Templates of a training course; `{}` stands for the topic. */
export const PRACTICAL_TEMPLATES = listOf('practical templates', `
Intro to {}|{} Fundamentals|{} for Beginners|Advanced {}|{} Bootcamp|Mastering {}|Practical {}|{} Masterclass|{} Essentials`);

/** Courses named whole. */
export const COURSES = listOf('courses', `
Organic Chemistry|Linear Algebra|Discrete Mathematics|World History|US History|American Literature|
Microeconomics|Macroeconomics|Cell Biology|Data Structures and Algorithms|Operating Systems|
Business Ethics|Abnormal Psychology|Environmental Science|Public Health|Molecular Biology|
Differential Equations|Creative Writing Workshop|Shakespeare|Human Anatomy and Physiology|
Introduction to Sociology|Financial Accounting|Marketing Management|Constitutional Law|Physical Education`);

/** Skills, technical and not, roughly most often listed first. */
export const SKILLS = listOf('skills', `
Python|SQL|Project Management|Communication|JavaScript|Excel|Leadership|Public Speaking|Java|
Data Analysis|Customer Service|Teamwork|Problem Solving|Time Management|Microsoft Office|
Machine Learning|React|AWS|Docker|Kubernetes|TypeScript|C++|C#|Go|Rust|Git|Linux|Agile|Scrum|
Negotiation|Sales|Marketing|SEO|Copywriting|Graphic Design|Figma|Adobe Photoshop|UX Research|
Accounting|Financial Modeling|Budgeting|Bookkeeping|Salesforce|Tableau|Power BI|Statistics|
Spanish|French|Mandarin|German|Technical Writing|Research|Critical Thinking|Conflict Resolution|
Mentoring|Coaching|Event Planning|Social Media|Content Writing|Photography|Video Editing|
Forklift Operation|Welding|Carpentry|Plumbing|Electrical Wiring|CPR|First Aid|Phlebotomy|
Inventory Management|Supply Chain Management|Quality Assurance|Six Sigma|Lean Manufacturing|
Cloud Architecture|Cybersecurity|Network Administration|DevOps|CI/CD|GraphQL|Node.js|Swift|Kotlin|
Data Visualization|Deep Learning|Natural Language Processing|Product Management|Stakeholder Management`);
