/**
 * The Halton example: the golden input (Halton's Executive Board paper on its Joint Area Review)
 * taken through to an endorsed plan with four quarters of progress. Grades and recommendation
 * wording are as published; everything the council would add itself is illustrative.
 */
import type { ExampleData } from './example-data';

export const HALTON_EXAMPLE: ExampleData = {
  notice:
    "The grades and recommendations are as published in Halton Borough Council's Executive Board paper of 11 September 2008; the people, owners, milestones, targets, indicator values and progress updates are illustrative.",

  authority: { name: 'Halton Borough Council', onsCode: 'E06000006', region: 'North West' },

  partners: [
    {
      key: 'council-cyp',
      name: 'Halton Borough Council Children & Young People Directorate',
      kind: 'council',
    },
    {
      key: 'council-corporate',
      name: 'Halton Borough Council Corporate and Policy',
      kind: 'council',
    },
    { key: 'pct', name: 'Halton and St Helens PCT', kind: 'health' },
    { key: 'police', name: 'Cheshire Constabulary', kind: 'police' },
    { key: 'connexions', name: 'Connexions Cheshire and Warrington', kind: 'connexions' },
    { key: 'schools', name: 'Halton schools', kind: 'education' },
  ],

  users: [
    {
      email: 'admin@halton.example',
      displayName: 'Gareth Pennington',
      role: 'admin',
      partnerKey: 'council-corporate',
    },
    {
      email: 'clerk@halton.example',
      displayName: 'Committee Services',
      role: 'clerk',
      partnerKey: 'council-corporate',
    },
    {
      email: 'owner@halton.example',
      displayName: 'Helen Ashworth',
      role: 'owner',
      partnerKey: 'council-cyp',
    },
    {
      email: 'scrutiny@halton.example',
      displayName: 'Cllr Patricia Holloway',
      role: 'scrutiny',
      partnerKey: null,
    },
    {
      email: 'joanne.whitfield@halton.example',
      displayName: 'Joanne Whitfield',
      role: 'owner',
      partnerKey: 'pct',
    },
    {
      email: 'martin.coyle@halton.example',
      displayName: 'Martin Coyle',
      role: 'owner',
      partnerKey: 'connexions',
    },
    {
      email: 'catherine.rowley@halton.example',
      displayName: 'Catherine Rowley',
      role: 'owner',
      partnerKey: 'council-cyp',
    },
    {
      email: 'andrew.kenyon@halton.example',
      displayName: 'Andrew Kenyon',
      role: 'owner',
      partnerKey: 'schools',
    },
    {
      email: 'stephen.halliwell@halton.example',
      displayName: 'Stephen Halliwell',
      role: 'owner',
      partnerKey: 'council-corporate',
    },
    {
      email: 'nicola.brandwood@halton.example',
      displayName: 'Nicola Brandwood',
      role: 'owner',
      partnerKey: 'council-cyp',
    },
  ],

  themeLeads: [
    {
      theme: 'be_healthy',
      userEmail: 'joanne.whitfield@halton.example',
      leadName: 'Joanne Whitfield',
      leadTitle: 'Assistant Director of Public Health',
      partnerKey: 'pct',
    },
    {
      theme: 'stay_safe',
      userEmail: 'owner@halton.example',
      leadName: 'Helen Ashworth',
      leadTitle: 'Operational Director – Specialist Services',
      partnerKey: 'council-cyp',
    },
    {
      theme: 'enjoy_and_achieve',
      userEmail: 'andrew.kenyon@halton.example',
      leadName: 'Andrew Kenyon',
      leadTitle: 'Headteacher; Chair, Halton Schools Inclusion Partnership',
      partnerKey: 'schools',
    },
    {
      theme: 'positive_contribution',
      userEmail: 'nicola.brandwood@halton.example',
      leadName: 'Nicola Brandwood',
      leadTitle: "Children's Trust Partnership Manager",
      partnerKey: 'council-cyp',
    },
    {
      theme: 'economic_well_being',
      userEmail: 'martin.coyle@halton.example',
      leadName: 'Martin Coyle',
      leadTitle: 'Area Manager (Halton), Connexions',
      partnerKey: 'connexions',
    },
    {
      theme: 'safeguarding',
      userEmail: 'owner@halton.example',
      leadName: 'Helen Ashworth',
      leadTitle: 'Operational Director – Specialist Services',
      partnerKey: 'council-cyp',
    },
    {
      theme: 'looked_after_children',
      userEmail: 'owner@halton.example',
      leadName: 'Helen Ashworth',
      leadTitle: 'Operational Director – Specialist Services',
      partnerKey: 'council-cyp',
    },
    {
      theme: 'ldd',
      userEmail: 'catherine.rowley@halton.example',
      leadName: 'Catherine Rowley',
      leadTitle: 'Divisional Manager – Inclusion',
      partnerKey: 'council-cyp',
    },
    {
      theme: 'service_management',
      userEmail: 'stephen.halliwell@halton.example',
      leadName: 'Stephen Halliwell',
      leadTitle: 'Divisional Manager – Policy, Performance and Finance',
      partnerKey: 'council-corporate',
    },
    {
      theme: 'capacity_to_improve',
      userEmail: 'nicola.brandwood@halton.example',
      leadName: 'Nicola Brandwood',
      leadTitle: "Children's Trust Partnership Manager",
      partnerKey: 'council-cyp',
    },
    {
      theme: 'health',
      userEmail: 'joanne.whitfield@halton.example',
      leadName: 'Joanne Whitfield',
      leadTitle: 'Assistant Director of Public Health',
      partnerKey: 'pct',
    },
    {
      theme: 'youth_support',
      userEmail: 'martin.coyle@halton.example',
      leadName: 'Martin Coyle',
      leadTitle: 'Area Manager (Halton), Connexions',
      partnerKey: 'connexions',
    },
  ],

  inspection: {
    kind: 'JAR',
    title: "Joint Area Review of Halton's children's services",
    inspectorate: 'Ofsted with the Healthcare Commission and other inspectorates',
    fieldworkStart: null,
    fieldworkEnd: null,
    publishedOn: null,
    sourceFile: 'halton-jar-executive-board-2008.txt',
    mediaType: 'text/markdown',
  },

  judgements: [
    {
      areaKey: 'safeguarding',
      label: 'Safeguarding',
      gradePublished: 'Outstanding',
      grade: 'outstanding',
      level: 4,
      scored: true,
      summary:
        'Safeguarding is outstanding. The quality of early intervention is excellent and there is a wide range of responsive and locally-based services for children and families. Sustained high performance, including child protection, is underpinned by very strong joint working, robust policies and procedures. The safeguarding board provides very effective leadership.',
      lines: [34, 34],
    },
    {
      areaKey: 'looked_after_children',
      label: 'Children in Care',
      gradePublished: 'Good',
      grade: 'good',
      level: 3,
      scored: true,
      summary:
        'Local services for looked after children are good. Multi-agency strategic planning is good. Care planning and review are effective, including welltargeted health and educational support. Children live in safe, stable placements and receive good care. Care leavers are well supported but there are low numbers in education, employment or training or in permanent accommodation.',
      lines: [35, 35],
    },
    {
      areaKey: 'ldd',
      label: 'Learning Difficulties and Disabilities',
      gradePublished: 'Good',
      grade: 'good',
      level: 3,
      scored: true,
      summary:
        'The contribution of local services to improving outcomes for children and young people with learning difficulties and/or disabilities is good. The council and its partners have made rapid progress over the last three years in developing a well-planned strategy for inclusion. The partnership gives a very strong strategic lead for driving improvement, which is supported by a wide range of agencies. Provision for children with complex needs, especially young children, is good and very well coordinated but support for those with lower level needs is not always as easily accessible.',
      lines: [36, 36],
    },
    {
      areaKey: 'service_management',
      label: 'Service Management',
      gradePublished: 'Good',
      grade: 'good',
      level: 3,
      scored: true,
      summary:
        'Service management is good, with outstanding capacity to drive further improvement. Highly effective leadership provides clear direction, and good systems, processes and plans are in place to support front-line delivery by committed and capable staff. Achievement is being embedded and built upon and ambitions for further development are challenging. The partnership is self-aware about areas for improvement and can show a track record of successfully responding to underperformance. More integrated, medium-term financial planning across the partnership is an area for development.',
      lines: [37, 37],
    },
    {
      areaKey: 'capacity_to_improve',
      label: 'Capacity to Improve',
      gradePublished: 'Outstanding',
      grade: 'outstanding',
      level: 4,
      scored: true,
      summary:
        'Service management is good, with outstanding capacity to drive further improvement. Highly effective leadership provides clear direction, and good systems, processes and plans are in place to support front-line delivery by committed and capable staff. Achievement is being embedded and built upon and ambitions for further development are challenging. The partnership is self-aware about areas for improvement and can show a track record of successfully responding to underperformance. More integrated, medium-term financial planning across the partnership is an area for development.',
      lines: [38, 38],
    },
    {
      areaKey: 'health',
      label: 'Health',
      gradePublished: 'Adequate',
      grade: 'adequate',
      level: 2,
      scored: false,
      summary:
        "The impact of the partners' strategy on infant mortality, breastfeeding and obesity outcomes is adequate. Effective strategic action has been taken by the PCT, the council and partners to increase resources and prioritise improvement. Staff at all levels are well motivated to make improvements. An appropriate range of inter-agency activities has recently been put in place resulting in some early signs of improvement.",
      lines: [39, 39],
    },
    {
      areaKey: 'youth_support',
      label: 'Youth Support',
      gradePublished: 'Good',
      grade: 'good',
      level: 3,
      scored: false,
      summary:
        "The impact of the evolving integrated youth support structure on young people's engagement is good. There have been sustained improvements in provision over time. The local authority and its partners are very responsive to young people's views and opinions. The integrated youth structure is enabling more effective joint work and planning but some key management decisions necessary to embed the strategy have yet to be made.",
      lines: [40, 40],
    },
  ],

  recommendations: [
    {
      key: 'R1',
      text: 'Improve attendance, attainment, and achievement of young people not in education, employment or training',
      kind: 'outcome',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'youth_support',
      lines: [61, 61],
    },
    {
      key: 'R2',
      text: 'Improve health outcomes for childhood obesity, breastfeeding and reduce infant mortality.',
      kind: 'outcome',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'health',
      lines: [62, 62],
    },
    {
      key: 'R3',
      text: 'Improve numbers and attainment of Care Leavers in Education, Employment or Training',
      kind: 'outcome',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'looked_after_children',
      lines: [63, 63],
    },
    {
      key: 'R4',
      text: 'Increase numbers of young people in Permanent Accommodation',
      kind: 'outcome',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'looked_after_children',
      lines: [64, 64],
    },
    {
      key: 'R5',
      text: 'Approach to Equality and Diversity to be more robust and address the needs of all communities in Halton',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'service_management',
      lines: [68, 68],
    },
    {
      key: 'R6',
      text: 'Further embed safeguarding principles in the Borough',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'safeguarding',
      lines: [69, 69],
    },
    {
      key: 'R7',
      text: 'Improve placement options for children in care to ensure their wishes and needs are comprehensively addressed.',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'looked_after_children',
      lines: [70, 70],
    },
    {
      key: 'R8',
      text: 'Improve Support, Education and Transition Arrangements for Children and Young People with LDD.',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'ldd',
      lines: [71, 71],
    },
    {
      key: 'R9',
      text: 'Improve SEN process and SEN Reviews',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'ldd',
      lines: [72, 72],
    },
    {
      key: 'R10',
      text: 'Improve Transition Planning and Reviews as a means of promoting better outcomes for children and young people with LDD',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'ldd',
      lines: [73, 73],
    },
    {
      key: 'R11',
      text: 'Improve Medium and Long Term Financial Planning',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'service_management',
      lines: [74, 74],
    },
    {
      key: 'R12',
      text: 'Improve Data Collection and Intelligence Systems',
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'service_management',
      lines: [75, 75],
    },
    {
      key: 'R13',
      text: "Improve Accountability Arrangements in Children's Trust",
      kind: 'process',
      timescale: null,
      addressee: null,
      judgementAreaKey: 'service_management',
      lines: [76, 76],
    },
  ],

  plan: {
    reference: 'HALTON-JAR-2008',
    title: 'Joint Area Review improvement plan 2008–2010',
    status: 'endorsed',
    endorsedBy: 'Executive Board',
    endorsedOn: '2008-09-11',
    startDate: '2008-10-01',
    reportReceivedOn: '2008-07-22',
  },

  indicators: [
    {
      code: 'NI 117',
      title: '16 to 18 year olds who are not in education, employment or training (NEET)',
      unit: '%',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 148',
      title: 'Care leavers in employment, education or training',
      unit: '%',
      polarity: 'higher_is_better',
      frequency: 'annual',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 147',
      title: 'Care leavers in suitable accommodation',
      unit: '%',
      polarity: 'higher_is_better',
      frequency: 'annual',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 53',
      title: 'Prevalence of breastfeeding at 6–8 weeks from birth',
      unit: '%',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 55',
      title: 'Obesity among primary school age children in Reception Year',
      unit: '%',
      polarity: 'lower_is_better',
      frequency: 'academic_year',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 56',
      title: 'Obesity among primary school age children in Year 6',
      unit: '%',
      polarity: 'lower_is_better',
      frequency: 'academic_year',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 103',
      title: 'Special Educational Needs – statements issued within 26 weeks (excluding exceptions)',
      unit: '%',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'NI 62',
      title: 'Stability of placements of looked after children: number of placements',
      unit: '%',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
      source: 'National Indicator Set (2008), DCLG Handbook of definitions',
      local: false,
    },
    {
      code: 'HBC L01',
      title: 'Infant mortality rate (deaths under one year per 1,000 live births)',
      unit: 'rate per 1,000',
      polarity: 'lower_is_better',
      frequency: 'annual',
      source: 'Local indicator (illustrative)',
      local: true,
    },
    {
      code: 'HBC L02',
      title: 'Annual reviews of statements of SEN completed on time',
      unit: '%',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
      source: 'Local indicator (illustrative)',
      local: true,
    },
  ],

  actions: [
    // Outcome improvements
    {
      reference: 'O1',
      recommendationKey: 'R1',
      title: 'Reduce the number of young people not in education, employment or training',
      description:
        'Raise the attendance, attainment and achievement of young people at risk of becoming NEET through targeted Connexions support, the September Guarantee and joint tracking with schools.',
      kind: 'outcome',
      judgementAreaKey: 'youth_support',
      ecmOutcome: 'economic_well_being',
      ownerEmail: 'martin.coyle@halton.example',
      leadPartnerKey: 'connexions',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 60,
      milestones: [
        {
          title: 'NEET reduction strategy agreed by the 14–19 Partnership',
          dueDate: '2008-12-31',
          completedOn: '2008-12-16',
        },
        {
          title: 'Targeted key worker support in place in the three wards with the highest NEET',
          dueDate: '2009-03-31',
          completedOn: '2009-04-14',
        },
        {
          title: 'September Guarantee offer made to every Year 11 and Year 12 leaver',
          dueDate: '2009-09-30',
          completedOn: '2009-09-25',
        },
        {
          title: 'Attendance and attainment of Year 11 young people at risk of NEET reviewed with schools',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 117',
          baselineValue: '11.2',
          baselinePeriod: '2007-08',
          targetValue: '9.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'O2.1',
      recommendationKey: 'R2',
      title: 'Reduce childhood obesity',
      description:
        'Reduce obesity among primary school children through a healthy weight care pathway, a family weight management programme and Healthy Schools status for every primary school.',
      kind: 'outcome',
      judgementAreaKey: 'health',
      ecmOutcome: 'be_healthy',
      ownerEmail: 'joanne.whitfield@halton.example',
      leadPartnerKey: 'pct',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 55,
      milestones: [
        {
          title: 'Healthy weight care pathway for children agreed',
          dueDate: '2008-12-31',
          completedOn: '2009-01-20',
        },
        {
          title: 'Family weight management programme commissioned',
          dueDate: '2009-03-31',
          completedOn: '2009-03-27',
        },
        {
          title: "Family weight management programme running in all four children's centre areas",
          dueDate: '2009-06-30',
          completedOn: '2009-09-08',
        },
        {
          title: 'Every primary school achieves National Healthy Schools Status',
          dueDate: '2009-09-30',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 55',
          baselineValue: '10.9',
          baselinePeriod: '2007/08',
          targetValue: '10.0',
          targetDate: '2010-07-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
        {
          code: 'NI 56',
          baselineValue: '20.3',
          baselinePeriod: '2007/08',
          targetValue: '19.0',
          targetDate: '2010-07-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'O2.2',
      recommendationKey: 'R2',
      title: 'Increase breastfeeding at 6–8 weeks',
      description:
        "Increase the proportion of mothers breastfeeding at 6–8 weeks through peer support, UNICEF Baby Friendly accreditation and breastfeeding-friendly children's centres.",
      kind: 'outcome',
      judgementAreaKey: 'health',
      ecmOutcome: 'be_healthy',
      ownerEmail: 'joanne.whitfield@halton.example',
      leadPartnerKey: 'pct',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 65,
      milestones: [
        {
          title: 'Breastfeeding peer support service commissioned',
          dueDate: '2008-12-31',
          completedOn: '2008-12-10',
        },
        {
          title: 'UNICEF Baby Friendly certificate of commitment for community health services',
          dueDate: '2009-06-30',
          completedOn: '2009-06-18',
        },
        {
          title: "Every children's centre a breastfeeding-friendly venue",
          dueDate: '2009-09-30',
          completedOn: '2009-09-29',
        },
        {
          title: 'UNICEF Baby Friendly stage 1 assessment passed',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 53',
          baselineValue: '16.8',
          baselinePeriod: '2007-08',
          targetValue: '24.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'O2.3',
      recommendationKey: 'R2',
      title: 'Reduce infant mortality',
      description:
        'Reduce infant deaths by tackling smoking in pregnancy, encouraging early booking for antenatal care and promoting safe sleeping.',
      kind: 'outcome',
      judgementAreaKey: 'health',
      ecmOutcome: 'be_healthy',
      ownerEmail: 'joanne.whitfield@halton.example',
      leadPartnerKey: 'pct',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 50,
      milestones: [
        {
          title: "Infant mortality action plan agreed by the Children's Trust Board",
          dueDate: '2008-12-31',
          completedOn: '2008-12-11',
        },
        {
          title: 'Stop-smoking support for pregnant women available in every antenatal clinic',
          dueDate: '2009-03-31',
          completedOn: '2009-03-31',
        },
        {
          title: 'Antenatal booking by 12 weeks audited at both maternity units',
          dueDate: '2009-06-30',
          completedOn: '2009-07-10',
        },
        {
          title: "Safe sleeping campaign delivered through health visitors and children's centres",
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'HBC L01',
          baselineValue: '7.2',
          baselinePeriod: '2007-08',
          targetValue: '5.5',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'O3',
      recommendationKey: 'R3',
      title: 'Increase the number of care leavers in education, employment or training',
      description:
        'Raise the number and attainment of care leavers in education, employment or training through a joint panel with Connexions, ring-fenced apprenticeships and a Virtual Head for children in care.',
      kind: 'outcome',
      judgementAreaKey: 'looked_after_children',
      ecmOutcome: 'economic_well_being',
      ownerEmail: 'owner@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 60,
      milestones: [
        {
          title: "Monthly care leavers' education, employment and training panel with Connexions in place",
          dueDate: '2008-12-31',
          completedOn: '2008-11-28',
        },
        {
          title: 'Council apprenticeships ring-fenced for care leavers',
          dueDate: '2009-03-31',
          completedOn: '2009-03-20',
        },
        {
          title: 'Virtual Head for children in care appointed',
          dueDate: '2009-06-30',
          completedOn: '2009-05-01',
        },
        {
          title: "Every care leaver's pathway plan includes an education, employment or training goal",
          dueDate: '2009-12-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 148',
          baselineValue: '55.0',
          baselinePeriod: '2007-08',
          targetValue: '70.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'O4',
      recommendationKey: 'R4',
      title: 'Increase the number of care leavers in settled accommodation',
      description:
        'Increase the number of care leavers in suitable permanent accommodation through a housing protocol with registered social landlords, a supported lodgings scheme and more move-on accommodation.',
      kind: 'outcome',
      judgementAreaKey: 'looked_after_children',
      ecmOutcome: 'economic_well_being',
      ownerEmail: 'owner@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 45,
      milestones: [
        {
          title: 'Joint housing protocol for care leavers agreed with registered social landlords',
          dueDate: '2008-12-31',
          completedOn: '2009-02-12',
        },
        {
          title: 'Supported lodgings scheme launched',
          dueDate: '2009-06-30',
          completedOn: null,
        },
        {
          title: 'Six units of move-on accommodation available to care leavers',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 147',
          baselineValue: '80.0',
          baselinePeriod: '2007-08',
          targetValue: '90.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },

    // Process improvements
    {
      reference: 'P1',
      recommendationKey: 'R5',
      title: 'Strengthen the approach to equality and diversity',
      description:
        "Make the partnership's approach to equality and diversity more robust so that services meet the needs of every community in Halton.",
      kind: 'process',
      judgementAreaKey: 'service_management',
      ecmOutcome: null,
      ownerEmail: 'stephen.halliwell@halton.example',
      leadPartnerKey: 'council-corporate',
      startDate: '2008-10-01',
      dueDate: '2009-09-30',
      status: 'complete',
      closedOn: '2009-09-14',
      percentComplete: 100,
      milestones: [
        {
          title: "Equality impact assessments completed for every Children and Young People's Plan priority",
          dueDate: '2008-12-31',
          completedOn: '2008-12-19',
        },
        {
          title: 'Needs analysis of Gypsy and Traveller, minority ethnic and new migrant families completed',
          dueDate: '2009-03-31',
          completedOn: '2009-04-03',
        },
        {
          title: "Children and young people's equality and diversity strategy adopted",
          dueDate: '2009-09-30',
          completedOn: '2009-09-14',
        },
      ],
      indicators: [],
    },
    {
      reference: 'P2',
      recommendationKey: 'R6',
      title: 'Further embed safeguarding principles across the borough',
      description:
        'Extend safeguarding training, safer recruitment and section 11 audit to every agency, school, voluntary group and club that works with children in Halton.',
      kind: 'process',
      judgementAreaKey: 'safeguarding',
      ecmOutcome: 'stay_safe',
      ownerEmail: 'owner@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 70,
      milestones: [
        {
          title: 'Multi-agency safeguarding training opened to voluntary, community and faith groups',
          dueDate: '2008-12-31',
          completedOn: '2008-12-18',
        },
        {
          title: 'Safer recruitment training completed by every school governing body',
          dueDate: '2009-03-31',
          completedOn: '2009-03-31',
        },
        {
          title: 'Section 11 safeguarding audit of all partner agencies completed',
          dueDate: '2009-09-30',
          completedOn: '2009-09-22',
        },
        {
          title: 'Safeguarding standards adopted by sports and leisure clubs',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
    {
      reference: 'P3',
      recommendationKey: 'R7',
      title: 'Widen placement choice for children in care',
      description:
        'Increase the range of local placements so that each child in care is matched to a placement that meets their wishes and needs.',
      kind: 'process',
      judgementAreaKey: 'looked_after_children',
      ecmOutcome: 'stay_safe',
      ownerEmail: 'owner@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 55,
      milestones: [
        {
          title: 'Placement sufficiency strategy agreed and foster carer recruitment campaign launched',
          dueDate: '2008-12-31',
          completedOn: '2008-12-15',
        },
        {
          title: 'Children in Care Council consulted on placement matching',
          dueDate: '2009-03-31',
          completedOn: '2009-03-12',
        },
        {
          title: 'Ten additional local foster carers approved',
          dueDate: '2009-09-30',
          completedOn: null,
        },
        {
          title: 'Specialist placement framework agreed with neighbouring authorities',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'NI 62',
          baselineValue: '11.5',
          baselinePeriod: '2007-08',
          targetValue: '10.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'P4',
      recommendationKey: 'R8',
      title: 'Improve support for children with learning difficulties and disabilities',
      description:
        'Make support, education and transition arrangements as easy to reach for children with lower-level needs as they are for children with complex needs.',
      kind: 'process',
      judgementAreaKey: 'ldd',
      ecmOutcome: 'enjoy_and_achieve',
      ownerEmail: 'catherine.rowley@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 60,
      milestones: [
        {
          title: 'Multi-agency locality panels for children with lower-level needs in place',
          dueDate: '2009-03-31',
          completedOn: '2009-03-26',
        },
        {
          title: 'Short breaks offer for disabled children published',
          dueDate: '2009-06-30',
          completedOn: '2009-06-29',
        },
        {
          title: 'Special school outreach supporting every mainstream school that asks for it',
          dueDate: '2009-12-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
    {
      reference: 'P5.1',
      recommendationKey: 'R9',
      title: 'Speed up statutory assessment of special educational needs',
      description:
        'Issue final statements of special educational needs within 26 weeks by agreeing advice deadlines with health and educational psychology and tracking every assessment weekly.',
      kind: 'process',
      judgementAreaKey: 'ldd',
      ecmOutcome: 'enjoy_and_achieve',
      ownerEmail: 'catherine.rowley@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2009-03-31',
      status: 'complete',
      closedOn: '2009-02-27',
      percentComplete: 100,
      milestones: [
        {
          title:
            'Statutory assessment process mapped and advice deadlines agreed with health and educational psychology',
          dueDate: '2008-12-31',
          completedOn: '2008-12-05',
        },
        {
          title: 'Weekly tracking of every statutory assessment against the 26-week deadline',
          dueDate: '2009-03-31',
          completedOn: '2009-02-27',
        },
      ],
      indicators: [
        {
          code: 'NI 103',
          baselineValue: '88.0',
          baselinePeriod: '2007-08',
          targetValue: '95.0',
          targetDate: '2009-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'P5.2',
      recommendationKey: 'R9',
      title: 'Hold annual reviews of statements on time',
      description:
        'Make sure every annual review of a statement of special educational needs is held on time, involves the child and family and leads to agreed action.',
      kind: 'process',
      judgementAreaKey: 'ldd',
      ecmOutcome: 'enjoy_and_achieve',
      ownerEmail: 'andrew.kenyon@halton.example',
      leadPartnerKey: 'schools',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 50,
      milestones: [
        {
          title: 'Annual review guidance and pro forma reissued to every school',
          dueDate: '2008-12-31',
          completedOn: '2008-12-12',
        },
        {
          title: 'Termly monitoring of annual review schedules by the SEN team',
          dueDate: '2009-03-31',
          completedOn: '2009-04-20',
        },
        {
          title: 'Person-centred review training delivered to SENCOs in every school',
          dueDate: '2009-06-30',
          completedOn: null,
        },
      ],
      indicators: [
        {
          code: 'HBC L02',
          baselineValue: '68.0',
          baselinePeriod: '2007-08',
          targetValue: '90.0',
          targetDate: '2010-03-31',
          toleranceKind: 'percentage',
          toleranceValue: '5',
        },
      ],
    },
    {
      reference: 'P6',
      recommendationKey: 'R10',
      title: 'Improve transition planning and reviews for young people with LDD',
      description:
        'Agree a joint transition protocol with adult social care, health and Connexions so that every young person with LDD has a reviewed plan for adult life.',
      kind: 'process',
      judgementAreaKey: 'ldd',
      ecmOutcome: 'economic_well_being',
      ownerEmail: 'catherine.rowley@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 50,
      milestones: [
        {
          title: 'Joint transition protocol agreed with adult social care, health and Connexions',
          dueDate: '2008-12-31',
          completedOn: '2009-01-15',
        },
        {
          title: 'A Connexions personal adviser at every Year 9 transition review for young people with statements',
          dueDate: '2009-06-30',
          completedOn: '2009-06-30',
        },
        {
          title: 'Transition plans reviewed every year up to age 25 for young people with complex needs',
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
    {
      reference: 'P7',
      recommendationKey: 'R11',
      title: 'Put medium and long-term financial planning in place across the partnership',
      description:
        "Agree a three-year financial strategy for children's services across the council, the PCT and partners, leading to aligned budgets and joint commissioning.",
      kind: 'process',
      judgementAreaKey: 'service_management',
      ecmOutcome: null,
      ownerEmail: 'stephen.halliwell@halton.example',
      leadPartnerKey: 'council-corporate',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 60,
      milestones: [
        {
          title: "Children's services spending mapped across every partner",
          dueDate: '2008-12-31',
          completedOn: '2008-12-22',
        },
        {
          title: "Three-year Children's Trust financial strategy drafted",
          dueDate: '2009-06-30',
          completedOn: '2009-07-06',
        },
        {
          title: "Aligned budgets and joint commissioning agreed by the Children's Trust Board",
          dueDate: '2010-03-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
    {
      reference: 'P8',
      recommendationKey: 'R12',
      title: 'Improve data collection and intelligence systems',
      description:
        'Agree data quality standards and data-sharing across partners and build one shared performance dataset for children and young people.',
      kind: 'process',
      judgementAreaKey: 'service_management',
      ecmOutcome: null,
      ownerEmail: 'stephen.halliwell@halton.example',
      leadPartnerKey: 'council-corporate',
      startDate: '2008-10-01',
      dueDate: '2010-03-31',
      status: 'in_progress',
      percentComplete: 55,
      milestones: [
        {
          title: 'Data quality strategy agreed by every partner',
          dueDate: '2008-12-31',
          completedOn: '2008-12-17',
        },
        {
          title: 'Shared performance dataset with the PCT, police and Connexions live',
          dueDate: '2009-06-30',
          completedOn: '2009-06-24',
        },
        {
          title: "Children's chapter of the Joint Strategic Needs Assessment refreshed",
          dueDate: '2009-12-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
    {
      reference: 'P9',
      recommendationKey: 'R13',
      title: "Strengthen accountability in the Children's Trust",
      description:
        "Make each partner's accountability for Children's Trust priorities clear, with named lead officers and regular reporting to Executive Board and scrutiny.",
      kind: 'process',
      judgementAreaKey: 'service_management',
      ecmOutcome: null,
      ownerEmail: 'nicola.brandwood@halton.example',
      leadPartnerKey: 'council-cyp',
      startDate: '2008-10-01',
      dueDate: '2009-12-31',
      status: 'in_progress',
      percentComplete: 85,
      milestones: [
        {
          title: "Review of Children's Trust governance completed",
          dueDate: '2008-12-31',
          completedOn: '2008-12-10',
        },
        {
          title: "Revised Children's Trust constitution and partner agreement signed",
          dueDate: '2009-03-31',
          completedOn: '2009-03-25',
        },
        {
          title: 'Quarterly performance reports to Executive Board and scrutiny in place',
          dueDate: '2009-06-30',
          completedOn: '2009-06-30',
        },
        {
          title: "Children's Trust Board arrangements ready for the new statutory duty",
          dueDate: '2009-12-31',
          completedOn: null,
        },
      ],
      indicators: [],
    },
  ],

  measurements: [
    { code: 'NI 117', period: '2008-09 Q3', periodEnd: '2008-12-31', value: '10.9', note: null },
    { code: 'NI 117', period: '2008-09 Q4', periodEnd: '2009-03-31', value: '10.4', note: null },
    { code: 'NI 117', period: '2009-10 Q1', periodEnd: '2009-06-30', value: '9.8', note: null },
    {
      code: 'NI 117',
      period: '2009-10 Q2',
      periodEnd: '2009-09-30',
      value: '10.6',
      note: 'September figure raised by Year 11 leavers whose destinations were not yet known.',
    },

    { code: 'NI 148', period: '2007-08', periodEnd: '2008-03-31', value: '55.0', note: null },
    {
      code: 'NI 148',
      period: '2008-09',
      periodEnd: '2009-03-31',
      value: '62.5',
      note: 'Small cohort: one young person is about 3 percentage points.',
    },

    { code: 'NI 147', period: '2007-08', periodEnd: '2008-03-31', value: '80.0', note: null },
    { code: 'NI 147', period: '2008-09', periodEnd: '2009-03-31', value: '77.8', note: null },

    { code: 'NI 53', period: '2008-09 Q3', periodEnd: '2008-12-31', value: '17.9', note: null },
    { code: 'NI 53', period: '2008-09 Q4', periodEnd: '2009-03-31', value: '18.6', note: null },
    { code: 'NI 53', period: '2009-10 Q1', periodEnd: '2009-06-30', value: '20.1', note: null },
    { code: 'NI 53', period: '2009-10 Q2', periodEnd: '2009-09-30', value: '21.4', note: null },

    { code: 'NI 55', period: '2007/08', periodEnd: '2008-07-31', value: '10.9', note: null },
    {
      code: 'NI 55',
      period: '2008/09',
      periodEnd: '2009-07-31',
      value: '10.4',
      note: 'Provisional: local measurement before national publication.',
    },

    { code: 'NI 56', period: '2007/08', periodEnd: '2008-07-31', value: '20.3', note: null },
    {
      code: 'NI 56',
      period: '2008/09',
      periodEnd: '2009-07-31',
      value: '21.1',
      note: 'Provisional: local measurement before national publication.',
    },

    { code: 'NI 103', period: '2008-09 Q3', periodEnd: '2008-12-31', value: '92.3', note: null },
    { code: 'NI 103', period: '2008-09 Q4', periodEnd: '2009-03-31', value: '95.0', note: null },
    { code: 'NI 103', period: '2009-10 Q1', periodEnd: '2009-06-30', value: '100.0', note: null },
    { code: 'NI 103', period: '2009-10 Q2', periodEnd: '2009-09-30', value: '96.4', note: null },

    { code: 'NI 62', period: '2008-09 Q3', periodEnd: '2008-12-31', value: '10.8', note: null },
    { code: 'NI 62', period: '2008-09 Q4', periodEnd: '2009-03-31', value: '9.6', note: null },
    { code: 'NI 62', period: '2009-10 Q1', periodEnd: '2009-06-30', value: '9.9', note: null },
    { code: 'NI 62', period: '2009-10 Q2', periodEnd: '2009-09-30', value: '9.2', note: null },

    { code: 'HBC L01', period: '2007-08', periodEnd: '2008-03-31', value: '7.2', note: null },
    {
      code: 'HBC L01',
      period: '2008-09',
      periodEnd: '2009-03-31',
      value: '6.6',
      note: 'Provisional; small numbers, so the three-year trend is the better guide.',
    },

    { code: 'HBC L02', period: '2008-09 Q3', periodEnd: '2008-12-31', value: '70.5', note: null },
    { code: 'HBC L02', period: '2008-09 Q4', periodEnd: '2009-03-31', value: '74.0', note: null },
    { code: 'HBC L02', period: '2009-10 Q1', periodEnd: '2009-06-30', value: '72.1', note: null },
    { code: 'HBC L02', period: '2009-10 Q2', periodEnd: '2009-09-30', value: '78.6', note: null },
  ],

  updates: [
    // O1
    {
      actionReference: 'O1',
      authorEmail: 'martin.coyle@halton.example',
      period: '2008-09 Q3',
      narrative:
        'NEET reduction strategy agreed by the 14–19 Partnership in December. Connexions personal advisers now hold caseloads of young people at risk of NEET in Years 10 and 11.',
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-14T10:12:00+00:00',
    },
    {
      actionReference: 'O1',
      authorEmail: 'martin.coyle@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Targeted key worker support is now in place in Windmill Hill, Halton Lea and Castlefields, two weeks later than planned. NEET fell to 10.4% in the quarter.',
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-04-15T09:40:00+01:00',
    },
    {
      actionReference: 'O1',
      authorEmail: 'martin.coyle@halton.example',
      period: '2009-10 Q1',
      narrative:
        'NEET fell again to 9.8%, the lowest figure recorded in Halton. Schools and Connexions now track the attendance of Year 11 young people at risk of NEET every month.',
      percentComplete: 45,
      proposedRag: 'green',
      createdAt: '2009-07-14T11:05:00+01:00',
    },
    {
      actionReference: 'O1',
      authorEmail: 'martin.coyle@halton.example',
      period: '2009-10 Q2',
      narrative:
        'Every Year 11 and Year 12 leaver received a September Guarantee offer, but NEET rose to 10.6% as the recession cut local jobs with training. Extra Entry to Employment places are being commissioned for the autumn term.',
      percentComplete: 60,
      proposedRag: 'amber',
      createdAt: '2009-10-13T10:30:00+01:00',
    },

    // O2.1
    {
      actionReference: 'O2.1',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The healthy weight care pathway for children is out to consultation with GPs and school nurses. Sign-off is expected in January.',
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-16T14:20:00+00:00',
    },
    {
      actionReference: 'O2.1',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q4',
      narrative:
        'The care pathway was signed off on 20 January, three weeks late. The family weight management programme has been commissioned and the first groups start in April.',
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-04-16T15:00:00+01:00',
    },
    {
      actionReference: 'O2.1',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q1',
      narrative:
        "The family weight management programme is running in two of the four children's centre areas; families have been slower to join than planned. School nurses have finished measuring children for 2008/09.",
      percentComplete: 45,
      proposedRag: 'amber',
      createdAt: '2009-07-16T13:45:00+01:00',
    },
    {
      actionReference: 'O2.1',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q2',
      narrative:
        'Provisional 2008/09 figures show obesity in Reception down to 10.4% but in Year 6 up to 21.1%. The last five primary schools did not reach Healthy Schools Status by September and are now expected to in December.',
      percentComplete: 55,
      proposedRag: 'amber',
      createdAt: '2009-10-15T12:10:00+01:00',
    },

    // O2.2
    {
      actionReference: 'O2.2',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q3',
      narrative:
        'A breastfeeding peer support service has been commissioned from the voluntary sector and the first ten peer supporters trained. Prevalence at 6–8 weeks rose to 17.9%.',
      percentComplete: 20,
      proposedRag: 'green',
      createdAt: '2009-01-16T14:35:00+00:00',
    },
    {
      actionReference: 'O2.2',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Peer supporters now contact new mothers within 48 hours of discharge from hospital. Prevalence rose to 18.6%.',
      percentComplete: 35,
      proposedRag: 'green',
      createdAt: '2009-04-16T15:15:00+01:00',
    },
    {
      actionReference: 'O2.2',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q1',
      narrative:
        'Community health services received the UNICEF Baby Friendly certificate of commitment in June. Prevalence at 6–8 weeks rose to 20.1%.',
      percentComplete: 50,
      proposedRag: 'green',
      createdAt: '2009-07-16T14:00:00+01:00',
    },
    {
      actionReference: 'O2.2',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q2',
      narrative:
        "Every children's centre is now a breastfeeding-friendly venue. Prevalence reached 21.4%, on course for the 24% target.",
      percentComplete: 65,
      proposedRag: 'green',
      createdAt: '2009-10-15T12:25:00+01:00',
    },

    // O2.3
    {
      actionReference: 'O2.3',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q3',
      narrative:
        "The Children's Trust Board agreed the infant mortality action plan in December, focused on smoking in pregnancy, early booking and safe sleeping.",
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-16T14:50:00+00:00',
    },
    {
      actionReference: 'O2.3',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Stop-smoking support is now offered in every antenatal clinic, but few pregnant smokers are taking it up. The PCT is reviewing how midwives make referrals.',
      percentComplete: 25,
      proposedRag: 'amber',
      createdAt: '2009-04-16T15:30:00+01:00',
    },
    {
      actionReference: 'O2.3',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q1',
      narrative:
        'The early booking audit finished ten days late and found 68% of women booked by 12 weeks against an aim of 80%. Referrals to stop-smoking support have doubled since April.',
      percentComplete: 35,
      proposedRag: 'amber',
      createdAt: '2009-07-16T14:15:00+01:00',
    },
    {
      actionReference: 'O2.3',
      authorEmail: 'joanne.whitfield@halton.example',
      period: '2009-10 Q2',
      narrative:
        'The provisional rate for 2008-09 is 6.6 deaths per 1,000 live births, down from 7.2, although numbers are small. Safe sleeping training for health visitors is under way.',
      percentComplete: 50,
      proposedRag: 'green',
      createdAt: '2009-10-15T12:40:00+01:00',
    },

    // O3
    {
      actionReference: 'O3',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q3',
      narrative:
        'A monthly panel with Connexions now reviews every care leaver who is not in education, employment or training.',
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-13T16:00:00+00:00',
    },
    {
      actionReference: 'O3',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Four council apprenticeships have been ring-fenced for care leavers and three young people have started.',
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-04-14T16:20:00+01:00',
    },
    {
      actionReference: 'O3',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q1',
      narrative:
        'The Virtual Head for children in care started in May. In 2008-09, 62.5% of care leavers were in education, employment or training, up from 55%.',
      percentComplete: 45,
      proposedRag: 'green',
      createdAt: '2009-07-13T15:50:00+01:00',
    },
    {
      actionReference: 'O3',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q2',
      narrative:
        'Seven in ten pathway plans now include an education, employment or training goal. Two care leavers started university in September.',
      percentComplete: 60,
      proposedRag: 'green',
      createdAt: '2009-10-12T16:05:00+01:00',
    },

    // O4
    {
      actionReference: 'O4',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q3',
      narrative:
        'Negotiations on a joint housing protocol with registered social landlords are well advanced; agreement is expected in February.',
      percentComplete: 10,
      proposedRag: 'green',
      createdAt: '2009-01-13T16:15:00+00:00',
    },
    {
      actionReference: 'O4',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q4',
      narrative:
        'The joint housing protocol was agreed in February, six weeks later than planned. Care leavers now have priority banding for social housing.',
      percentComplete: 25,
      proposedRag: 'green',
      createdAt: '2009-04-14T16:35:00+01:00',
    },
    {
      actionReference: 'O4',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q1',
      narrative:
        'The supported lodgings scheme has not launched because only two hosts have been approved against the six needed. In 2008-09, 77.8% of care leavers were in suitable accommodation, down from 80%.',
      percentComplete: 35,
      proposedRag: 'amber',
      createdAt: '2009-07-13T16:05:00+01:00',
    },
    {
      actionReference: 'O4',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q2',
      narrative:
        "The supported lodgings scheme has still not launched and two care leavers are in bed and breakfast. A recovery plan with Housing Solutions goes to the Children's Trust Board in November.",
      percentComplete: 45,
      proposedRag: 'red',
      createdAt: '2009-10-12T16:20:00+01:00',
    },

    // P1
    {
      actionReference: 'P1',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q3',
      narrative:
        "Equality impact assessments have been completed for all nine Children and Young People's Plan priorities.",
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-01-15T09:30:00+00:00',
    },
    {
      actionReference: 'P1',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q4',
      narrative:
        'The needs analysis of Gypsy and Traveller, minority ethnic and new migrant families was completed in early April and shared with partners.',
      percentComplete: 55,
      proposedRag: 'green',
      createdAt: '2009-04-17T09:45:00+01:00',
    },
    {
      actionReference: 'P1',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2009-10 Q1',
      narrative:
        'The draft equality and diversity strategy has been consulted on with community groups and the Youth Cabinet.',
      percentComplete: 80,
      proposedRag: 'green',
      createdAt: '2009-07-15T10:00:00+01:00',
    },
    {
      actionReference: 'P1',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2009-10 Q2',
      narrative:
        "The Children's Trust Board adopted the strategy on 14 September, so this action is complete. Delivery will be monitored through the Children and Young People's Plan.",
      percentComplete: 100,
      proposedRag: 'green',
      createdAt: '2009-10-14T09:50:00+01:00',
    },

    // P2
    {
      actionReference: 'P2',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The LSCB training programme is now open to voluntary, community and faith groups; 140 people attended in the quarter.',
      percentComplete: 20,
      proposedRag: 'green',
      createdAt: '2009-01-13T16:30:00+00:00',
    },
    {
      actionReference: 'P2',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q4',
      narrative: 'Every school governing body now has a member trained in safer recruitment.',
      percentComplete: 40,
      proposedRag: 'green',
      createdAt: '2009-04-14T16:50:00+01:00',
    },
    {
      actionReference: 'P2',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q1',
      narrative:
        'Section 11 audit returns have been received from every partner except two voluntary organisations, which are being helped to complete them.',
      percentComplete: 55,
      proposedRag: 'green',
      createdAt: '2009-07-13T16:20:00+01:00',
    },
    {
      actionReference: 'P2',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q2',
      narrative:
        'The section 11 audit was completed and reported to the LSCB in September. Work with sports and leisure clubs has started.',
      percentComplete: 70,
      proposedRag: 'green',
      createdAt: '2009-10-12T16:35:00+01:00',
    },

    // P3
    {
      actionReference: 'P3',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The placement sufficiency strategy was agreed and the foster carer recruitment campaign launched in December.',
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-13T16:45:00+00:00',
    },
    {
      actionReference: 'P3',
      authorEmail: 'owner@halton.example',
      period: '2008-09 Q4',
      narrative:
        'The Children in Care Council has told us what matters to them in placement matching, and their views are now part of the matching checklist.',
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-04-14T17:05:00+01:00',
    },
    {
      actionReference: 'P3',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q1',
      narrative:
        'Four new foster carers have been approved and five more are being assessed. Placement stability improved: 9.9% of children had three or more placements.',
      percentComplete: 45,
      proposedRag: 'green',
      createdAt: '2009-07-13T16:35:00+01:00',
    },
    {
      actionReference: 'P3',
      authorEmail: 'owner@halton.example',
      period: '2009-10 Q2',
      narrative:
        'Seven of the ten additional foster carers have been approved; the other three go to panel in November. Placement stability is on target at 9.2%.',
      percentComplete: 55,
      proposedRag: 'amber',
      createdAt: '2009-10-12T16:50:00+01:00',
    },

    // P4
    {
      actionReference: 'P4',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q3',
      narrative:
        "Locality panels for children with lower-level needs have been designed with the Parents' Forum; the first panels meet in March.",
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-15T11:00:00+00:00',
    },
    {
      actionReference: 'P4',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Locality panels now meet monthly in Widnes and Runcorn and have considered 38 referrals for children with lower-level needs.',
      percentComplete: 30,
      proposedRag: 'green',
      createdAt: '2009-04-15T11:20:00+01:00',
    },
    {
      actionReference: 'P4',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2009-10 Q1',
      narrative:
        'The short breaks offer for disabled children was published in June after consultation with parents and young people.',
      percentComplete: 45,
      proposedRag: 'green',
      createdAt: '2009-07-15T11:10:00+01:00',
    },
    {
      actionReference: 'P4',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2009-10 Q2',
      narrative:
        'Outreach from special schools is supporting 12 mainstream schools, and full roll-out is on track for December.',
      percentComplete: 60,
      proposedRag: 'green',
      createdAt: '2009-10-14T11:15:00+01:00',
    },

    // P5.1
    {
      actionReference: 'P5.1',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The assessment process has been mapped with health and educational psychology and advice deadlines agreed. 92.3% of statements were issued within 26 weeks.',
      percentComplete: 50,
      proposedRag: 'green',
      createdAt: '2009-01-15T11:15:00+00:00',
    },
    {
      actionReference: 'P5.1',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Weekly tracking has been in place since February and 95% of statements were issued within 26 weeks in the quarter. This action is complete.',
      percentComplete: 100,
      proposedRag: 'green',
      createdAt: '2009-04-15T11:35:00+01:00',
    },
    {
      actionReference: 'P5.1',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2009-10 Q1',
      narrative: 'Performance has been sustained: every statement was issued within 26 weeks in the quarter.',
      percentComplete: 100,
      proposedRag: 'green',
      createdAt: '2009-07-15T11:25:00+01:00',
    },
    {
      actionReference: 'P5.1',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2009-10 Q2',
      narrative:
        'In the quarter 96.4% of statements were issued within 26 weeks; the one late statement was held up by health advice, which has been taken up with the PCT.',
      percentComplete: 100,
      proposedRag: 'green',
      createdAt: '2009-10-14T11:30:00+01:00',
    },

    // P5.2
    {
      actionReference: 'P5.2',
      authorEmail: 'andrew.kenyon@halton.example',
      period: '2008-09 Q3',
      narrative:
        'Revised annual review guidance and a new pro forma went to every school in December. 70.5% of reviews were held on time.',
      percentComplete: 15,
      proposedRag: 'green',
      createdAt: '2009-01-19T17:10:00+00:00',
    },
    {
      actionReference: 'P5.2',
      authorEmail: 'andrew.kenyon@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Termly monitoring started three weeks late. On-time reviews rose to 74%, but several secondary schools still send their paperwork late.',
      percentComplete: 25,
      proposedRag: 'amber',
      createdAt: '2009-04-20T17:00:00+01:00',
    },
    {
      actionReference: 'P5.2',
      authorEmail: 'andrew.kenyon@halton.example',
      period: '2009-10 Q1',
      narrative:
        'Person-centred review training for SENCOs was postponed because the trainer was not available. On-time reviews fell slightly to 72.1%.',
      percentComplete: 35,
      proposedRag: 'amber',
      createdAt: '2009-07-17T16:40:00+01:00',
    },
    {
      actionReference: 'P5.2',
      authorEmail: 'andrew.kenyon@halton.example',
      period: '2009-10 Q2',
      narrative:
        'The SENCO training is now booked for November, five months late. On-time reviews rose to 78.6% but remain well short of the 90% target, so headteachers have agreed to report review dates monthly.',
      percentComplete: 50,
      proposedRag: 'red',
      createdAt: '2009-10-16T16:55:00+01:00',
    },

    // P6 (no update yet for 2009-10 Q2)
    {
      actionReference: 'P6',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The joint transition protocol is agreed in principle, but sign-off by adult social care has slipped into January.',
      percentComplete: 20,
      proposedRag: 'amber',
      createdAt: '2009-01-15T11:30:00+00:00',
    },
    {
      actionReference: 'P6',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2008-09 Q4',
      narrative:
        'The protocol was signed on 15 January and training has been delivered to social workers and Connexions advisers.',
      percentComplete: 35,
      proposedRag: 'green',
      createdAt: '2009-04-15T11:50:00+01:00',
    },
    {
      actionReference: 'P6',
      authorEmail: 'catherine.rowley@halton.example',
      period: '2009-10 Q1',
      narrative: 'A Connexions adviser attended every Year 9 transition review in the summer term.',
      percentComplete: 50,
      proposedRag: 'green',
      createdAt: '2009-07-15T11:40:00+01:00',
    },

    // P7
    {
      actionReference: 'P7',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q3',
      narrative:
        "Spending on children's services by the council, the PCT, the police and Connexions has been mapped for 2008-09.",
      percentComplete: 20,
      proposedRag: 'green',
      createdAt: '2009-01-15T09:50:00+00:00',
    },
    {
      actionReference: 'P7',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Partners have agreed the assumptions for a three-year financial strategy, including the 2009-10 settlement.',
      percentComplete: 35,
      proposedRag: 'green',
      createdAt: '2009-04-17T10:05:00+01:00',
    },
    {
      actionReference: 'P7',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2009-10 Q1',
      narrative:
        "The draft financial strategy was finished a week late because the PCT's budget figures for 2010-11 were not yet available.",
      percentComplete: 45,
      proposedRag: 'amber',
      createdAt: '2009-07-15T10:15:00+01:00',
    },
    {
      actionReference: 'P7',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2009-10 Q2',
      narrative:
        "The Children's Trust Board considered the draft strategy in September; proposals for aligned budgets in 2010-11 are being prepared.",
      percentComplete: 60,
      proposedRag: 'green',
      createdAt: '2009-10-14T10:05:00+01:00',
    },

    // P8 (no update yet for 2009-10 Q2)
    {
      actionReference: 'P8',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q3',
      narrative: 'Every partner agreed the data quality strategy in December.',
      percentComplete: 20,
      proposedRag: 'green',
      createdAt: '2009-01-15T10:05:00+00:00',
    },
    {
      actionReference: 'P8',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2008-09 Q4',
      narrative:
        'Data-sharing agreements have been signed with the PCT and Cheshire Constabulary; the Connexions agreement will follow.',
      percentComplete: 35,
      proposedRag: 'green',
      createdAt: '2009-04-17T10:20:00+01:00',
    },
    {
      actionReference: 'P8',
      authorEmail: 'stephen.halliwell@halton.example',
      period: '2009-10 Q1',
      narrative:
        "The shared performance dataset went live in June and now feeds the Children's Trust quarterly report.",
      percentComplete: 55,
      proposedRag: 'green',
      createdAt: '2009-07-15T10:30:00+01:00',
    },

    // P9
    {
      actionReference: 'P9',
      authorEmail: 'nicola.brandwood@halton.example',
      period: '2008-09 Q3',
      narrative:
        'The governance review has been completed with all partners; the Board will be smaller, with a named accountable officer for each priority.',
      percentComplete: 25,
      proposedRag: 'green',
      createdAt: '2009-01-12T15:00:00+00:00',
    },
    {
      actionReference: 'P9',
      authorEmail: 'nicola.brandwood@halton.example',
      period: '2008-09 Q4',
      narrative: "Every partner signed the revised Children's Trust constitution and partner agreement in March.",
      percentComplete: 50,
      proposedRag: 'green',
      createdAt: '2009-04-14T14:30:00+01:00',
    },
    {
      actionReference: 'P9',
      authorEmail: 'nicola.brandwood@halton.example',
      period: '2009-10 Q1',
      narrative:
        'Quarterly performance reports now go to Executive Board and to the Children and Young People Policy and Performance Board.',
      percentComplete: 70,
      proposedRag: 'green',
      createdAt: '2009-07-13T14:45:00+01:00',
    },
    {
      actionReference: 'P9',
      authorEmail: 'nicola.brandwood@halton.example',
      period: '2009-10 Q2',
      narrative:
        "The arrangements are being checked against the new statutory guidance on Children's Trust Boards and are on course to finish in December.",
      percentComplete: 85,
      proposedRag: 'green',
      createdAt: '2009-10-12T15:10:00+01:00',
    },
  ],
};
