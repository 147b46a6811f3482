/**
 * The action plan "Hannover – International City" (January 2019) as data, verbatim from
 * ../shared/seeds/003_* (English) and 004_* (German). Line-break hyphenation of the printed
 * German text is joined; nothing else is changed, including lower-case list items.
 * The server's seed and the mocks both start from this module.
 */

export type Text = { de: string; en: string };

export type SeedActivity = { title: Text };
export type SeedMeasure = { code: string; title: Text; activities: SeedActivity[] };
export type SeedArea = { code: string; title: Text; shortTitle: Text; description: Text; measures: SeedMeasure[] };
export type SeedDepartment = { id: string; name: Text };

const a = (en: string, de: string): SeedActivity => ({ title: { en, de } });

export const plan = {
  code: 'hannover-international',
  title: { de: 'Hannover – internationale Stadt', en: 'Hannover – International City' },
  reportingIntervalDays: 90,
} as const;

export const goals: { code: string; title: Text }[] = [
  {
    code: '1',
    title: {
      en: 'Hannover is an internationally valued centre for business, science, culture, trade shows, events and tourism.',
      de: 'Hannover ist ein international begehrter Wirtschafts-, Wissenschafts-, Kultur-, Messe-, Veranstaltungs- und Tourismusstandort.',
    },
  },
  {
    code: '2',
    title: {
      en: 'Hannover promotes intercultural understanding and intercultural sharing.',
      de: 'Hannover fördert interkulturelles Verständnis und interkulturellen Austausch.',
    },
  },
  {
    code: '3',
    title: {
      en: 'Hannover is a driving force within Europe and assumes responsibility in the world.',
      de: 'Hannover ist Impulsgeber in Europa und übernimmt Verantwortung in der Welt.',
    },
  },
];

export const areas: SeedArea[] = [
  {
    code: '1',
    title: {
      en: 'Strategic development of international cooperation and partnerships',
      de: 'Strategische Entwicklung der internationalen Kooperation und Partnerschaften',
    },
    shortTitle: { en: 'International cooperation/partnerships', de: 'Internationale Kooperationen/Partnerschaften' },
    description: {
      en: 'In its international cooperative arrangements, the City of Hannover will focus more strongly on experience-sharing at local level and will favour project-based collaboration. The City Administration is also seeking to participate more effectively in international and European networks. Furthermore, the municipality will join forces with civil society to develop a strategy for expanding development cooperation at community level.',
      de: 'Die Landeshauptstadt Hannover wird ihre internationalen Kooperationen stärker auf den kommunalen Erfahrungsaustausch ausrichten und die projektbezogene Zusammenarbeit bevorzugen. Weiterhin strebt die Stadtverwaltung an, die Mitwirkung in internationalen und europäischen Netzwerken effizienter zu nutzen. Letztlich wird die Stadtverwaltung in Zusammenarbeit mit der Zivilgesellschaft eine Strategie zum Ausbau der kommunalen Entwicklungszusammenarbeit entwickeln.',
    },
    measures: [
      {
        code: '1.1',
        title: {
          en: 'Strategic approach to town-twinning/partnership arrangements',
          de: 'Strategisches Herangehen in Städtepartnerschaften/-kooperationen',
        },
        activities: [
          a('Sharing experience at local level + project-based cooperation', 'Kommunaler Erfahrungsaustausch + projektbezogene Zusammenarbeit'),
          a('development of theme-/project-based cooperation', 'Ausbau themen-/projektbezogener Kooperation'),
        ],
      },
      {
        code: '1.2',
        title: {
          en: 'Active involvement in European/international networks',
          de: 'Aktive Mitwirkung in europäischen/internationalen Netzwerken',
        },
        activities: [
          a('Participation in European/international networks', 'Beteiligung an europäischen/internationalen Netzwerken'),
          a('membership of EUROCITIES', 'Beitritt zu EUROCITIES'),
        ],
      },
      {
        code: '1.3',
        title: {
          en: 'Involvement in community-level development cooperation',
          de: 'Engagement in kommunaler Entwicklungszusammenarbeit',
        },
        activities: [a('Strategy on community-level development cooperation', 'Strategie zur kommunalen Entwicklungszusammenarbeit')],
      },
    ],
  },
  {
    code: '2',
    title: {
      en: 'Internationalization and Europeanization of the City Administration',
      de: 'Internationalisierung und Europäisierung der Stadtverwaltung',
    },
    shortTitle: { en: 'Internationalization/Europeanization', de: 'Internationalisierung/Europäisierung' },
    description: {
      en: "The City Administration has a crucial role to play as Hannover gains a more outward-looking international perspective. It is, therefore, important that the municipality has at its disposal the required structural set-up and capabilities in order to effectively carry out international activities and harness their potential. Firstly, information sharing and knowledge management within the City Administration will be improved. Secondly, employees' skills will be advanced by means of personnel development opportunities and in-service training. Moreover, the international and European dimension will be more strongly incorporated into the municipality's activities.",
      de: 'Die Stadtverwaltung spielt eine wesentliche Rolle bei der internationalen Öffnung Hannovers. Daher ist es wichtig, dass sie über die nötigen Strukturen und Kompetenzen verfügt, um internationale Aktivitäten effektiv durchzuführen und ihr Potential zu nutzen. Zum einen wird der Informationsaustausch und das Wissensmanagement in der Stadtverwaltung verbessert. Zum anderen werden die Kompetenzen der Beschäftigten durch Angebote der Personalentwicklung und Fortbildung gefördert. Ferner werden die internationalen und europäischen Zusammenhänge in der städtischen Arbeit stärker berücksichtigt.',
    },
    measures: [
      {
        code: '2.1',
        title: { en: 'Integration', de: 'Vernetzung' },
        activities: [
          a("Integration of coordinators/integrated group 'Europe and International Affairs'", 'Koordinator*innen/ Vernetzungsgruppe ›Europa + Internationales‹'),
          a('international-relations database', 'Datenbank der internationalen Beziehungen'),
        ],
      },
      {
        code: '2.2',
        title: { en: 'Expertise in European/international issues', de: 'Kompetenz in europäischen/internationalen Themen' },
        activities: [
          a('In-service training', 'Fortbildungen'),
          a('work shadowing', 'Hospitationen'),
          a('funding service unit', 'Fördermittel-Servicestelle'),
          a('content-related and technical support', 'Inhaltlich-technische Unterstützung'),
          a('requirements profiles', 'Anforderungsprofile'),
        ],
      },
      {
        code: '2.3',
        title: {
          en: 'Incorporation into administrative decisions/processes',
          de: 'Berücksichtigung bei Verwaltungsentscheidungen/-prozessen',
        },
        activities: [
          a("Updating the City Administration's mission statement", 'Aktualisierung Leitbild der Stadtverwaltung'),
          a('involvement of political players', 'Einbindung der Politik'),
        ],
      },
    ],
  },
  {
    code: '3',
    title: {
      en: "Raising the city's international profile and promoting its appeal",
      de: 'Internationale Profilierung und Attraktivität der Landeshauptstadt',
    },
    shortTitle: { en: 'Raising international profile and promoting appeal', de: 'Internationale Profilierung und Attraktivität' },
    description: {
      en: "The aim is for the City of Hannover to raise its international profile, to promote its appeal and enhance its position in the international competition for investment between locations. In this way, Hannover will enhance its international standing in close conjunction with relevant local stakeholders. Furthermore, the large exhibition grounds are an important and unique feature of the city's attractiveness. Hannover seeks to raise its international profile by realizing its full potential for international trade fairs and other major events.",
      de: 'Die Stadt Hannover soll sich stärker international profilieren, um ihre Attraktivität bekannter zu machen und ihre Position im internationalen Standortwettbewerb zu verbessern. So wird die Stadt Hannover ihr internationales Profil in enger Abstimmung mit den relevanten Akteur*innen des Standorts schärfen. Darüber hinaus ist das große Messegelände ein wichtiges Alleinstellungsmerkmal für die Stadt Hannover. Das Potential von internationalen Messen und weiteren Großveranstaltungen soll für die internationale Profilierung ausgeschöpft werden.',
    },
    measures: [
      {
        code: '3.1',
        title: { en: 'Attractive international profile', de: 'Attraktives internationales Profil' },
        activities: [
          a("Development of 'International Hannover' profile", 'Entwicklung internationales Hannover Profil'),
          a('integration of relevant stakeholders', 'Vernetzung relevanter Akteure'),
          a('development of marketing/communications strategy', 'Ausbau Marketing-/Kommunikationsstrategie'),
          a('application for special European/international status', 'Bewerbung auf europäische/internationale Auszeichnungen'),
          a('internationalizing Hannover as centre for higher education and science', 'Internationalisierung Hochschul-/Wissenschaftsstandort'),
        ],
      },
      {
        code: '3.2',
        title: {
          en: 'Realizing full potential of international fairs/major events',
          de: 'Ausschöpfung Potential internationaler Messen/Großveranstaltungen',
        },
        activities: [
          a('Initiatives on association as City of Fairs', 'Initiativen zu Verbindung Messen–Stadt'),
          a('strategic acquisition of other major international events', 'Strategische Akquise weiterer internationaler Großveranstaltungen'),
        ],
      },
      {
        code: '3.3',
        title: {
          en: 'Attractive conditions for international professionals/students',
          de: 'Attraktive Bedingungen für internationale Fachkräfte/Studierende',
        },
        activities: [
          a('Development of central point of contact', 'Weiterentwicklung zentrale Anlaufstelle'),
          a("growth of 'welcoming culture'", 'Ausbau Willkommenskultur'),
        ],
      },
      {
        code: '3.4',
        title: {
          en: 'Raising issues-related profile through innovative and forward-looking municipal policies',
          de: 'Inhaltliche Profilierung durch innovative und zukunftsweisende städtische Konzepte',
        },
        activities: [
          a(
            'Comprehensive and ambitious approaches to environment, climate care and sustainable urban development',
            'Umfassende und ambitionierte Ansätze im Bereich des Umwelt- und Klimaschutzes und der nachhaltigen Stadtentwicklung',
          ),
        ],
      },
    ],
  },
  {
    code: '4',
    title: {
      en: "Promoting the urban community's cosmopolitanism and involvement",
      de: 'Förderung der Weltoffenheit und der Teilhabe der Stadtgesellschaft',
    },
    shortTitle: {
      en: "City's cosmopolitan nature/involvement of urban community",
      de: 'Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft',
    },
    description: {
      en: "Integration of Hannover's residents and civil society in the city's international activities is a prerequisite for their lasting success. The municipality is committed to incorporating issues of international relevance into the urban community on a broad and sustained basis. The City of Hannover will also communicate its international activities more transparently and proactively.",
      de: 'Die Einbindung der Bevölkerung und der Zivilgesellschaft in die internationalen Aktivitäten der Stadt ist für deren Erfolg unerlässlich. Die Stadtverwaltung setzt sich für eine breite und dauerhafte Verankerung der internationalen Themen in der Stadtgesellschaft ein. Darüber hinaus wird die Stadt Hannover über ihre internationalen Aktivitäten transparenter und offensiver kommunizieren.',
    },
    measures: [
      {
        code: '4.1',
        title: { en: 'Active integration of urban community', de: 'Aktive Einbindung der Stadtgesellschaft' },
        activities: [
          a(
            'Extension of town twinning/city partnerships to include further stakeholders',
            'Ausweitung Städtepartnerschaften/-kooperationen auf weitere Akteur*innen',
          ),
          a(
            'interaction with autonomous migrant organizations/binational associations',
            'Austausch mit Migrant*innenselbstorganisationen/bi-nationalen Vereinen',
          ),
          a('overview of available funding sources incl. non-profit sector', 'Übersicht vorhandener Fördermöglichkeiten inkl. Nonprofit-Bereich'),
          a('raising awareness of European/international issues', 'Sensibilisierung für europäische/internationale Themen'),
        ],
      },
      {
        code: '4.2',
        title: { en: 'Making cosmopolitan outlook more visible', de: 'Größere Sichtbarkeit der Weltoffenheit' },
        activities: [
          a('Organization of International Days', 'Organisation von ›Internationalen Tagen‹'),
          a(
            'creation of venues for international/intercultural gatherings/interaction',
            'Schaffung Ort der internationalen/interkulturellen Begegnung',
          ),
        ],
      },
      {
        code: '4.3',
        title: { en: 'Informing the urban community', de: 'Information der Stadtgesellschaft' },
        activities: [a('Internationalizing the website/digital presence', 'Internationalisierung des Internetauftritts/digitaler Präsenz')],
      },
    ],
  },
];

/** Departments the seeds name; admins add others. */
export const departments: SeedDepartment[] = [
  { id: 'international-affairs', name: { de: 'Büro für internationale Angelegenheiten', en: 'International Affairs Office' } },
  { id: 'economic-affairs', name: { de: 'Fachbereich Wirtschaft', en: 'Department of Economic Affairs' } },
  { id: 'youth-services', name: { de: 'Fachbereich Jugend', en: 'Youth Services' } },
  { id: 'climate-protection', name: { de: 'Klimaschutzleitstelle', en: 'Climate Protection Unit' } },
  { id: 'adult-education', name: { de: 'Volkshochschule', en: 'Adult Education Centre' } },
  { id: 'agenda-21', name: { de: 'Agenda 21 – und Nachhaltigkeitsbüro', en: 'Agenda 21 and Sustainability Office' } },
  { id: 'cultural-office', name: { de: 'Kulturbüro', en: 'Cultural Office' } },
];

/** Activities are coded <measure>.<n>, in the order the plan lists them. */
export const activityCode = (measureCode: string, index: number) => `${measureCode}.${index + 1}`;
