import type { Health, Horizon, Lead, Phase } from '@/contract/common.ts';
import { demoLeadDepartments } from '@/lib/demo-data.ts';
import { berlinDate } from '@/lib/freshness.ts';
import { activityCode, areas } from '@/lib/plan-data.ts';

/**
 * The demo scenario: about eighteen months of the "Europe and International Affairs" group at
 * work, so that a new embedded demo database (and `npm run dev:mock`) opens on tables and charts
 * that are not empty. Every name ends in "(Demo)" and every narrative starts with "[Demo]", so
 * nobody mistakes it for the city's real figures. Only for an embedded demo database and the
 * mocks: never with DATABASE_URL. The dates are relative to `now`, so the present state (stale,
 * overdue, at risk) is the same whenever it is seeded; there is no randomness beyond a fixed seed.
 */

export type DemoPerson = { id: string; name: string; departmentId: string };

export type DemoOwners = { lead: Lead; contributors: string[]; startDate: string | null; targetDate: string | null; horizon: Horizon | null };

export type DemoUpdate = {
  at: string;
  /** One of the demo accounts: `coordinator` on any measure, `head` on the measures their department leads. */
  authorUsername: string;
  measureCode: string;
  activityCode: string | null;
  phase?: Phase;
  health?: Health | null;
  progress?: number | null;
  narrative: string;
};

export type DemoHistory = {
  people: DemoPerson[];
  measures: Record<string, DemoOwners & { goals: string[] }>;
  activities: Record<string, DemoOwners & { weight: number }>;
  /** Oldest first: apply them in this order, each through the same rules as POST …/updates. */
  updates: DemoUpdate[];
};

const person = (n: number, name: string, departmentId: string): DemoPerson => ({
  id: `d2a7f4e0-5c3b-4e8a-9f1d-${String(n).padStart(12, '0')}`,
  name: `${name} (Demo)`,
  departmentId,
});

const people = {
  schneider: person(1, 'Maria Schneider', 'international-affairs'),
  becker: person(2, 'Jonas Becker', 'international-affairs'),
  wolf: person(3, 'Sabine Wolf', 'international-affairs'),
  yilmaz: person(4, 'Leyla Yılmaz', 'economic-affairs'),
  wagner: person(5, 'Thomas Wagner', 'economic-affairs'),
  krueger: person(6, 'Sophie Krüger', 'youth-services'),
  demir: person(7, 'Mehmet Demir', 'climate-protection'),
  hoffmann: person(8, 'Katrin Hoffmann', 'adult-education'),
  nowak: person(9, 'Paul Nowak', 'agenda-21'),
  richter: person(10, 'Clara Richter', 'cultural-office'),
} satisfies Record<string, DemoPerson>;

type Change = { phase?: Phase; health?: Health | null; progress?: number | null };

/** A milestone: so many days before now, what changed, and the narrative (without the "[Demo]" label). */
type Step = [daysAgo: number, change: Change, narrative: string];

/**
 * The story of one measure or activity. Between its milestones, while the work is in progress or
 * ongoing, routine reports follow every six to nine weeks, moving progress towards the next
 * milestone's figure; after the last milestone they go on until `until` days ago, reaching `to`.
 */
type Track = { steps: Step[]; to?: number; until?: number };

type MeasureScenario = {
  code: string;
  lead: Lead;
  contributors: string[];
  goals: string[];
  /** Days before now; negative is in the future. */
  start: number | null;
  target: number | null;
  horizon: Horizon | null;
  track: Track;
  /** By activity number (1 for x.y.1). */
  activities: Record<number, Track & { person?: DemoPerson; lead?: Lead; contributors?: string[]; weight?: number; target?: number }>;
};

const led = (departmentId: string, who?: DemoPerson): Lead => ({ departmentId, personId: who?.id ?? null });
const ia = 'international-affairs';

const scenario: MeasureScenario[] = [
  {
    code: '1.1',
    lead: led(ia, people.schneider),
    contributors: ['economic-affairs', 'cultural-office'],
    goals: ['2', '3'],
    start: 540,
    target: -365,
    horizon: 'long',
    track: {
      steps: [
        [538, { phase: 'planned', health: 'on_track' }, 'Maßnahme in die Arbeitsplanung des Büros für internationale Angelegenheiten aufgenommen.'],
        [470, { phase: 'ongoing' }, 'Als Daueraufgabe eingerichtet: jährliche Abstimmung der Arbeitsprogramme mit allen Partnerstädten.'],
      ],
    },
    activities: {
      1: {
        person: people.schneider,
        weight: 2,
        steps: [
          [530, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Bestandsaufnahme der laufenden Projekte mit den Partnerstädten begonnen.'],
          [300, { phase: 'ongoing', progress: 45 }, 'Fachaustausch mit Bristol und Rouen verstetigt; künftig jährliche Arbeitstreffen.'],
        ],
        to: 70,
      },
      2: {
        steps: [
          [450, { phase: 'planned', health: 'on_track' }, 'Themen für projektbezogene Kooperationen gesammelt: Klima, Jugend, Kultur.'],
          [360, { phase: 'in_progress', progress: 10 }, 'Erste Themenpartnerschaft mit Poznań zur Jugendarbeit vereinbart.'],
        ],
        to: 45,
      },
    },
  },
  {
    code: '1.2',
    lead: led(ia, people.becker),
    contributors: ['economic-affairs', 'climate-protection'],
    goals: ['1', '3'],
    start: 520,
    target: -180,
    horizon: 'medium',
    track: {
      steps: [
        [520, { phase: 'planned', health: 'on_track' }, 'Mitwirkung in Netzwerken geplant; Übersicht der bestehenden Mitgliedschaften erstellt.'],
        [430, { phase: 'in_progress' }, 'Umsetzung begonnen: Zuständigkeiten für die einzelnen Netzwerke verteilt.'],
      ],
    },
    activities: {
      1: {
        steps: [
          [515, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Teilnahme an den Arbeitsgruppen von Klima-Bündnis und ICLEI abgestimmt.'],
          [250, { phase: 'ongoing', progress: 50 }, 'Regelmäßige Teilnahme an den Netzwerktreffen ist eingespielt.'],
        ],
        to: 70,
      },
      2: {
        person: people.becker,
        target: 180,
        steps: [
          [510, { phase: 'planned', health: 'on_track' }, 'Beitritt zu EUROCITIES vorbereitet; Ratsbeschluss wird eingeholt.'],
          [420, { phase: 'in_progress', progress: 20 }, 'Ratsbeschluss gefasst; Bewerbungsunterlagen werden zusammengestellt.'],
          [260, { health: 'at_risk' }, 'Rückfragen des Netzwerks zur Finanzierung des Mitgliedsbeitrags; Klärung mit der Kämmerei läuft.'],
          [220, { health: 'on_track' }, 'Finanzierung geklärt; Rückfragen beantwortet.'],
          [190, { phase: 'completed' }, 'Aufnahme in EUROCITIES bestätigt.'],
        ],
      },
    },
  },
  {
    code: '1.3',
    lead: led(ia),
    contributors: ['agenda-21'],
    goals: ['3'],
    start: 500,
    target: 90,
    horizon: 'medium',
    track: {
      steps: [
        [500, { phase: 'planned', health: 'on_track' }, 'Erarbeitung einer Strategie zur kommunalen Entwicklungszusammenarbeit beauftragt.'],
        [440, { phase: 'in_progress' }, 'Beteiligungsprozess mit Initiativen und Vereinen gestartet.'],
        [100, { phase: 'completed' }, 'Strategie vom Rat beschlossen; die Maßnahme ist abgeschlossen.'],
      ],
    },
    activities: {
      1: {
        lead: led('agenda-21', people.nowak),
        steps: [
          [495, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Auftaktveranstaltung mit Eine-Welt-Gruppen durchgeführt.'],
          [330, { health: 'at_risk' }, 'Beteiligung der Zivilgesellschaft verzögert sich; zusätzliche Termine nötig.'],
          [280, { health: 'on_track' }, 'Zusätzliche Beteiligungstermine durchgeführt; Zeitplan wieder eingeholt.'],
          [108, { phase: 'completed' }, 'Strategie fertiggestellt und dem Rat vorgelegt.'],
        ],
      },
    },
  },
  {
    code: '2.1',
    lead: led(ia, people.becker),
    contributors: ['economic-affairs', 'youth-services', 'cultural-office'],
    goals: ['2', '3'],
    start: 450,
    target: 45,
    horizon: 'short',
    track: {
      steps: [
        [450, { phase: 'planned', health: 'on_track' }, 'Vernetzung der Koordinator*innen geplant; Fachbereiche benennen Ansprechpersonen.'],
        [400, { phase: 'in_progress' }, 'Umsetzung begonnen.'],
        [120, { health: 'at_risk' }, 'Die Datenbank verzögert sich wegen der Ausschreibung; der Zieltermin ist nicht zu halten.'],
      ],
    },
    activities: {
      1: {
        contributors: ['economic-affairs', 'youth-services', 'cultural-office'],
        steps: [
          [445, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Vernetzungsgruppe ›Europa + Internationales‹ konstituiert.'],
          [350, { phase: 'ongoing', progress: 40 }, 'Die Gruppe tagt quartalsweise; Protokolle im Intranet.'],
        ],
        to: 80,
      },
      2: {
        person: people.becker,
        weight: 2,
        steps: [
          [430, { phase: 'planned', health: 'on_track' }, 'Anforderungen an die Datenbank der internationalen Beziehungen gesammelt.'],
          [380, { phase: 'in_progress', progress: 5 }, 'Datenmodell abgestimmt: Partnerstädte, Netzwerke, EU-Projekte.'],
          [125, { health: 'at_risk' }, 'Ausschreibung der Software musste wiederholt werden; Verzug von etwa drei Monaten.'],
        ],
        to: 40,
      },
    },
  },
  {
    code: '2.2',
    lead: led('adult-education', people.hoffmann),
    contributors: [ia],
    goals: ['2'],
    start: 480,
    target: -200,
    horizon: 'medium',
    track: {
      steps: [
        [480, { phase: 'planned', health: 'on_track' }, 'Qualifizierungskonzept für europäische und internationale Themen in Arbeit.'],
        [410, { phase: 'in_progress' }, 'Erste Fortbildungen ausgeschrieben.'],
        [300, { progress: 20 }, 'Von Hand gesetzt, bis alle Teilprojekte berichten: bisher meldet nur das Fortbildungsprogramm.'],
        [200, { progress: null }, 'Alle Teilprojekte berichten jetzt; der Fortschritt wird wieder aus den Aktivitäten berechnet.'],
        [60, { progress: 30 }, 'Von Hand gesetzt: Die Stelle der Fördermittel-Servicestelle ist unbesetzt, der berechnete Wert überschätzt den Stand.'],
      ],
    },
    activities: {
      1: {
        contributors: [ia],
        weight: 2,
        steps: [[470, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Fortbildungsreihe »Europa im Verwaltungsalltag« gestartet.']],
        to: 65,
      },
      2: {
        steps: [
          [400, { phase: 'planned', health: 'on_track' }, 'Hospitationen bei Partnerstädten angefragt.'],
          [330, { phase: 'in_progress', progress: 5 }, 'Erste Hospitation in Rouen vereinbart.'],
        ],
        to: 35,
      },
      3: {
        lead: led(ia, people.wolf),
        weight: 2,
        steps: [
          [390, { phase: 'planned', health: 'on_track' }, 'Konzept für eine Fördermittel-Servicestelle abgestimmt.'],
          [300, { phase: 'in_progress', progress: 10 }, 'Beratung zu EU-Förderprogrammen läuft übergangsweise im Büro für internationale Angelegenheiten.'],
          [140, { health: 'at_risk' }, 'Die Stelle der Servicestelle ist weiterhin unbesetzt; Beratung nur eingeschränkt möglich.'],
        ],
        to: 45,
      },
      4: {
        steps: [
          [250, { phase: 'planned', health: 'on_track' }, 'Bedarf an inhaltlich-technischer Unterstützung in den Fachbereichen erhoben.'],
          [150, { phase: 'in_progress', progress: 5 }, 'Sprechstunde für Fachbereiche eingerichtet.'],
        ],
        to: 25,
      },
      5: { steps: [] },
    },
  },
  {
    code: '2.3',
    lead: led(ia),
    contributors: [],
    goals: ['3'],
    start: 400,
    target: -300,
    horizon: 'long',
    track: {
      steps: [
        [400, { phase: 'planned', health: 'on_track' }, 'Internationale Bezüge für das Leitbild der Stadtverwaltung vorbereitet.'],
        [330, { phase: 'in_progress' }, 'Mitarbeit im Leitbildprozess begonnen.'],
        [160, { phase: 'on_hold', health: 'at_risk' }, 'Der Leitbildprozess der Stadtverwaltung ruht bis zur Neuaufstellung; die Maßnahme ist zurückgestellt.'],
        [50, {}, 'Weiterhin zurückgestellt; Wiederaufnahme des Leitbildprozesses im nächsten Haushaltsjahr angekündigt.'],
      ],
    },
    activities: {
      1: {
        steps: [
          [390, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Textbausteine zu Europa und Internationalem für das Leitbild entworfen.'],
          [165, { phase: 'on_hold', health: 'at_risk', progress: 25 }, 'Zurückgestellt, solange der Leitbildprozess ruht.'],
        ],
      },
      2: {
        steps: [
          [320, { phase: 'planned', health: 'on_track' }, 'Vorstellung im Internationalen Ausschuss geplant.'],
          [45, {}, 'Vorlage für den Internationalen Ausschuss vorbereitet; Termin nach der Sommerpause.'],
        ],
      },
    },
  },
  {
    code: '3.1',
    lead: led('economic-affairs', people.yilmaz),
    contributors: [ia, 'cultural-office'],
    goals: ['1'],
    start: 530,
    target: -150,
    horizon: 'medium',
    track: {
      steps: [
        [530, { phase: 'planned', health: 'on_track' }, 'Profilbildung »Internationales Hannover« mit der Wirtschaftsförderung geplant.'],
        [460, { phase: 'in_progress' }, 'Umsetzung begonnen.'],
        [75, { health: 'at_risk' }, 'Die Marketingstrategie verzögert sich; die Abstimmung mit der Tourismusförderung ist offen.'],
      ],
    },
    activities: {
      1: {
        person: people.yilmaz,
        steps: [
          [525, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Workshops zum internationalen Profil mit Wirtschaft, Wissenschaft und Kultur.'],
          [290, { phase: 'completed' }, 'Profil »Internationales Hannover« verabschiedet.'],
        ],
      },
      2: {
        contributors: [ia, 'cultural-office'],
        steps: [
          [500, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Akteursrunde mit Kammern, Hochschulen und Messe eingerichtet.'],
          [320, { phase: 'ongoing', progress: 35 }, 'Die Akteursrunde trifft sich halbjährlich.'],
        ],
        to: 60,
      },
      3: {
        lead: led('economic-affairs', people.wagner),
        steps: [
          [420, { phase: 'planned', health: 'on_track' }, 'Eckpunkte der Marketing- und Kommunikationsstrategie gesammelt.'],
          [360, { phase: 'in_progress', progress: 5 }, 'Agentur für die Kommunikationsstrategie beauftragt.'],
          [80, { health: 'at_risk' }, 'Entwurf der Agentur überzeugt nicht; Überarbeitung vereinbart, Verzug von zwei Monaten.'],
        ],
        to: 45,
      },
      4: {
        weight: 2,
        steps: [
          [470, { phase: 'planned', health: 'on_track' }, 'Mögliche europäische und internationale Auszeichnungen gesichtet.'],
          [400, { phase: 'in_progress', progress: 10 }, 'Bewerbung auf eine europäische Auszeichnung vorbereitet.'],
          [200, { health: 'at_risk' }, 'Die Bewerbungsfrist wurde vorgezogen; die Unterlagen müssen schneller fertig werden.'],
          [120, { health: 'on_track' }, 'Bewerbung fristgerecht eingereicht.'],
        ],
        to: 40,
      },
      5: {
        steps: [
          [300, { phase: 'planned', health: 'on_track' }, 'Gespräche mit den Hochschulen zur Internationalisierung vereinbart.'],
          [210, { phase: 'in_progress', progress: 5 }, 'Gemeinsames Willkommensangebot für internationale Forschende in Arbeit.'],
        ],
        to: 25,
      },
    },
  },
  {
    code: '3.2',
    lead: led('economic-affairs'),
    contributors: ['cultural-office'],
    goals: ['1'],
    start: 420,
    target: 20,
    horizon: 'short',
    track: {
      steps: [
        [420, { phase: 'planned', health: 'on_track' }, 'Ansätze zur stärkeren Verbindung von Messen und Stadt gesammelt.'],
        [380, { phase: 'in_progress' }, 'Umsetzung begonnen.'],
        [150, { health: 'at_risk' }, 'Zwei geplante Großveranstaltungen sind unsicher.'],
        [40, { health: 'off_track' }, 'Der Zieltermin ist nicht zu halten: zwei Großveranstaltungen wurden abgesagt; ein neuer Zeitplan wird erarbeitet.'],
      ],
    },
    activities: {
      1: {
        steps: [[410, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Rahmenprogramm der Stadt zur Hannover Messe abgestimmt.']],
        to: 55,
      },
      2: {
        steps: [
          [400, { phase: 'planned', health: 'on_track' }, 'Liste internationaler Kongresse und Sportereignisse für eine Bewerbung erstellt.'],
          [340, { phase: 'in_progress', progress: 5 }, 'Erste Bewerbung um einen internationalen Kongress eingereicht.'],
          [155, { health: 'at_risk' }, 'Die erste Bewerbung war nicht erfolgreich.'],
          [42, { health: 'off_track' }, 'Auch die zweite Bewerbung war nicht erfolgreich; die Akquisestrategie wird überprüft.'],
        ],
        to: 20,
      },
    },
  },
  {
    code: '3.3',
    lead: null,
    contributors: [],
    goals: [],
    start: null,
    target: null,
    horizon: null,
    track: { steps: [] },
    activities: { 1: { steps: [] }, 2: { steps: [] } },
  },
  {
    code: '3.4',
    lead: led('climate-protection', people.demir),
    contributors: ['agenda-21'],
    goals: ['1', '3'],
    start: 500,
    target: -400,
    horizon: 'long',
    track: {
      steps: [
        [500, { phase: 'planned', health: 'on_track' }, 'Klimaschutz und nachhaltige Stadtentwicklung als internationales Profilthema festgelegt.'],
        [440, { phase: 'ongoing' }, 'Als Daueraufgabe eingerichtet.'],
      ],
    },
    activities: {
      1: {
        person: people.demir,
        steps: [
          [495, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Beiträge zum Covenant of Mayors und zum Klima-Bündnis abgestimmt.'],
          [330, { phase: 'ongoing', progress: 30 }, 'Internationale Fachbesuche zum Klimaschutz werden regelmäßig betreut.'],
        ],
        // The Climate Protection Unit has not reported for a while: the demo's stale measure.
        until: 130,
        to: 50,
      },
    },
  },
  {
    code: '4.1',
    lead: led('youth-services', people.krueger),
    contributors: [ia, 'agenda-21'],
    goals: ['2'],
    start: 460,
    target: -250,
    horizon: 'medium',
    track: {
      steps: [
        [460, { phase: 'planned', health: 'on_track' }, 'Einbindung der Stadtgesellschaft mit Vereinen und Initiativen geplant.'],
        [400, { phase: 'in_progress' }, 'Umsetzung begonnen.'],
      ],
    },
    activities: {
      1: {
        steps: [
          [450, { phase: 'planned', health: 'on_track' }, 'Vereine und Schulen für die Städtepartnerschaften angesprochen.'],
          [380, { phase: 'in_progress', progress: 5 }, 'Erste Schulpartnerschaft mit Hiroshima vermittelt.'],
        ],
        to: 40,
      },
      2: {
        person: people.krueger,
        contributors: [ia],
        steps: [
          [440, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Austauschrunde mit Migrant*innenselbstorganisationen gestartet.'],
          [300, { phase: 'ongoing', progress: 35 }, 'Die Austauschrunde trifft sich zweimal im Jahr.'],
        ],
        to: 55,
      },
      3: {
        steps: [
          [430, { phase: 'in_progress', health: 'on_track', progress: 5 }, 'Sammlung der Fördermöglichkeiten begonnen.'],
          [260, { phase: 'discontinued', progress: 30 }, 'Eingestellt: Die Übersicht wird in der Fördermittel-Servicestelle (Maßnahme 2.2) weitergeführt.'],
        ],
      },
      4: {
        steps: [
          [350, { phase: 'planned', health: 'on_track' }, 'Veranstaltungsreihe zu europäischen Themen geplant.'],
          [280, { phase: 'in_progress', progress: 5 }, 'Erste Veranstaltung zur Europawahl in der Stadtbibliothek.'],
        ],
        to: 35,
      },
    },
  },
  {
    code: '4.2',
    lead: led('cultural-office', people.richter),
    contributors: [ia, 'youth-services'],
    goals: ['2'],
    start: 510,
    target: -100,
    horizon: 'short',
    track: {
      steps: [
        [510, { phase: 'planned', health: 'on_track' }, 'Internationale Tage und Begegnungsorte als Schwerpunkt des Kulturbüros geplant.'],
        [470, { phase: 'ongoing' }, 'Als Daueraufgabe eingerichtet.'],
      ],
    },
    activities: {
      1: {
        person: people.richter,
        contributors: ['youth-services'],
        steps: [
          [505, { phase: 'in_progress', health: 'on_track', progress: 10 }, 'Programm der ersten ›Internationalen Tage‹ mit Partnerstädten abgestimmt.'],
          [400, { phase: 'ongoing', progress: 40 }, 'Erste ›Internationale Tage‹ durchgeführt; sie finden künftig jährlich statt.'],
        ],
        // No report since the summer: with 4.2.2 the demo's second stale measure.
        until: 110,
        to: 70,
      },
      2: {
        steps: [
          [380, { phase: 'planned', health: 'on_track' }, 'Suche nach einem Ort für internationale Begegnung begonnen.'],
          [300, { phase: 'in_progress', progress: 5 }, 'Drei mögliche Räume besichtigt.'],
          [200, { health: 'at_risk' }, 'Kein geeigneter Ort zu tragbaren Kosten gefunden.'],
        ],
        until: 115,
        to: 25,
      },
    },
  },
  {
    code: '4.3',
    lead: null,
    contributors: [ia],
    goals: ['2'],
    start: 200,
    target: -120,
    horizon: 'short',
    track: { steps: [[200, { phase: 'planned', health: 'on_track' }, 'Mehrsprachiger Internetauftritt geplant; die Federführung ist noch offen.']] },
    activities: {
      1: {
        steps: [
          [190, { phase: 'planned', health: 'on_track' }, 'Seiten für eine englische Fassung ausgewählt.'],
          [70, { phase: 'in_progress', progress: 10 }, 'Redaktionskonzept für die mehrsprachige Website begonnen.'],
        ],
        to: 20,
      },
    },
  },
];

const routineReports = [
  'Abstimmung mit den beteiligten Fachbereichen; nächste Schritte vereinbart.',
  'Zwischenstand in der Vernetzungsgruppe ›Europa + Internationales‹ vorgestellt.',
  'Entwurf überarbeitet und zur Mitzeichnung an die Fachbereiche gegeben.',
  'Gespräche mit Partnerorganisationen geführt; Rückmeldungen werden eingearbeitet.',
  'Arbeitspaket planmäßig abgeschlossen; Folgetermine stehen.',
  'Haushaltsmittel für das laufende Jahr bestätigt.',
  'Workshop mit Vertreter*innen der Stadtgesellschaft durchgeführt.',
  'Sachstand für den Internationalen Ausschuss aufbereitet.',
  'Erfahrungsaustausch mit einer Partnerstadt per Videokonferenz.',
  'Informationsmaterial aktualisiert und im Intranet veröffentlicht.',
  'Personelle Unterstützung aus dem Fachbereich für die nächsten Monate zugesagt.',
  'Ergebnisse der Umfrage ausgewertet; ein Bericht folgt.',
  'Kooperationsvereinbarung mit den externen Partnern abgestimmt.',
  'Termin- und Ressourcenplanung für das nächste Quartal aktualisiert.',
  'Ergebnisse dokumentiert und an die Beteiligten verteilt.',
];

/** Mulberry32: a small seeded generator, so the scenario is the same every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const reporting: readonly Phase[] = ['in_progress', 'ongoing'];

/** The scenario as of `now`: the same `now` gives the same history, a later one the same history later. */
export function demoHistory(now: Date): DemoHistory {
  const random = seeded(20190115);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const date = (daysAgo: number | null) => (daysAgo === null ? null : berlinDate(new Date(now.getTime() - daysAgo * DAY_MS)));
  const pick = <T>(list: readonly T[]): T => list[between(0, list.length - 1)]!;
  // Office hours on a day before today, so nothing lies in the future whatever time `now` is.
  const timeOn = (daysAgo: number) => {
    const day = new Date(now.getTime() - daysAgo * DAY_MS);
    return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, between(0, 540))).toISOString();
  };

  const updates: (DemoUpdate & { order: number })[] = [];
  const measures: DemoHistory['measures'] = {};
  const activities: DemoHistory['activities'] = {};

  for (const m of scenario) {
    const seed = areas.flatMap((area) => area.measures).find((s) => s.code === m.code);
    if (!seed) throw new Error(`The demo scenario names a measure the plan has not: ${m.code}`);
    if ((m.lead?.departmentId ?? undefined) !== demoLeadDepartments[m.code]) throw new Error(`Demo lead of ${m.code} disagrees with demoLeadDepartments`);
    measures[m.code] = {
      lead: m.lead,
      contributors: m.contributors,
      goals: m.goals,
      startDate: date(m.start),
      targetDate: date(m.target),
      horizon: m.horizon,
    };
    const headMayReport = m.lead?.departmentId === ia;
    const author = () => (headMayReport && random() < 0.6 ? 'head' : 'coordinator');

    const play = (track: Track, activity: string | null) => {
      let phase: Phase = 'not_started';
      let progress = 0;
      const add = (daysAgo: number, change: Change, narrative: string) => {
        updates.push({
          at: timeOn(daysAgo),
          authorUsername: author(),
          measureCode: m.code,
          activityCode: activity,
          ...change,
          narrative: `[Demo] ${narrative}`,
          order: updates.length,
        });
      };
      // Routine reports between `from` and `to` days ago, while the work is in progress or
      // ongoing, moving progress in a straight line towards `goal`, due `goalDay` days ago. The
      // last stretch of a track ends with a report that reaches the goal.
      const routine = (from: number, to: number, goal: number | undefined, goalDay: number, last = false) => {
        if (activity === null || !reporting.includes(phase)) return;
        const start = progress;
        for (let d = from - between(45, 75); d > to + 14; d -= between(45, 75)) {
          const value = goal === undefined ? progress : Math.round(start + ((goal - start) * (from - d)) / (from - goalDay));
          const change = value > progress ? { progress: value } : {};
          progress = Math.max(progress, value);
          add(d, change, pick(routineReports));
        }
        if (last && goal !== undefined && goal > progress) {
          progress = goal;
          add(to, { progress: goal }, pick(routineReports));
        }
      };

      const until = track.until ?? between(3, 20);
      track.steps.forEach(([daysAgo, change, narrative], i) => {
        add(daysAgo, change, narrative);
        if (change.phase) phase = change.phase;
        if (typeof change.progress === 'number') progress = change.progress;
        if (phase === 'completed') progress = 100;
        const end = track.steps[i + 1]?.[0] ?? until;
        const next = track.steps.slice(i + 1).find(([, c]) => typeof c.progress === 'number' || c.phase === 'completed');
        if (next) {
          // Short of the milestone that completes the work: the last stretch is the milestone's own news.
          routine(daysAgo, end, next[1].phase === 'completed' ? 90 : (next[1].progress ?? undefined), next[0]);
        } else {
          routine(daysAgo, end, track.to, until, i === track.steps.length - 1);
        }
      });
    };

    play(m.track, null);
    seed.activities.forEach((_, index) => {
      const code = activityCode(m.code, index);
      const a = m.activities[index + 1] ?? { steps: [] };
      const first = a.steps[0]?.[0] ?? null;
      activities[code] = {
        lead: a.lead !== undefined ? a.lead : m.lead && led(m.lead.departmentId, a.person),
        contributors: a.contributors ?? [],
        startDate: date(first),
        targetDate: date(a.target ?? m.target),
        horizon: m.horizon,
        weight: a.weight ?? 1,
      };
      play(a, code);
    });
  }

  updates.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.order - y.order));
  return { people: Object.values(people), measures, activities, updates: updates.map(({ order: _order, ...update }) => update) };
}
