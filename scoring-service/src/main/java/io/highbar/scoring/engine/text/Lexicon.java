package io.highbar.scoring.engine.text;

import java.util.Set;

/** Closed word lists the general detectors use. All lower case. */
public final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    public static final Set<String> I_FORMS = set("i", "i'm", "i've", "i'd", "i'll");
    public static final Set<String> FIRST_SINGULAR = set("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine",
            "myself");
    public static final Set<String> WE_FORMS = set("we", "we're", "we've", "we'd", "we'll");
    public static final Set<String> THEY_FORMS = set("they", "they're", "they've", "he", "she", "he's", "she's",
            "they'd");
    public static final Set<String> NEUTRAL_SUBJECTS = set("nobody", "someone", "everyone", "it", "this",
            "it's", "that's", "nothing");
    public static final Set<String> COLLECTIVE_NOUNS = set("team", "squad", "group", "org", "organization",
            "company", "department");
    /** People by role, in software and beyond it (healthcare, retail, logistics, teaching, finance, trades). */
    public static final Set<String> PEOPLE_NOUNS = set("manager", "lead", "leader", "boss", "director", "pm",
            "teammate", "colleague", "coworker", "co-worker", "engineer", "stakeholder", "qa", "vp", "cto", "ceo",
            "coo", "cfo", "gm", "tester", "developer", "reviewer", "owner", "architect", "someone", "people",
            "everybody", "leadership", "customer", "client", "supervisor", "nurse", "doctor", "physician", "surgeon",
            "resident", "pharmacist", "therapist", "technician", "tech", "mechanic", "operator", "driver",
            "dispatcher", "teacher", "principal", "professor", "student", "instructor", "tutor", "coach", "chef",
            "cook", "waiter", "waitress", "bartender", "cashier", "clerk", "associate", "worker", "employee", "staff",
            "intern", "volunteer", "partner", "founder", "chief", "head", "vendor", "supplier", "contractor", "consultant",
            "auditor", "inspector", "regulator", "officer", "agent", "representative", "rep", "analyst",
            "accountant", "controller", "recruiter", "coordinator", "administrator", "admin", "assistant",
            "secretary", "receptionist", "designer", "scientist", "researcher", "lawyer", "attorney", "paralegal",
            "pilot", "captain", "sergeant", "foreman", "planner", "scheduler", "buyer", "seller", "farmer", "grower",
            "tenant", "landlord", "patient", "parent", "guest", "user", "member", "executive", "president", "editor",
            "mentor", "mentee", "newcomer", "trainee", "apprentice", "graduate", "grad", "peer", "counterpart",
            "sponsor", "superintendent", "dean", "pi", "superior", "specialist", "advisor", "adviser", "guard",
            "cleaner", "janitor", "porter", "courier", "caller", "applicant", "candidate", "investor", "shopper",
            "passenger", "traveller", "traveler", "visitor", "neighbour", "neighbor", "friend", "men", "women",
            "children", "kids", "family", "parents");

    /** A person by role, singular or plural: "the charge nurse", "two pharmacists". */
    public static boolean person(String w) {
        return PEOPLE_NOUNS.contains(w) || w.length() > 3 && w.endsWith("s")
                && PEOPLE_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    public static final Set<String> BE_FORMS = set("was", "were", "been", "being", "is", "are", "be", "got", "get",
            "gets", "getting", "wasn't", "weren't", "isn't", "aren't");
    public static final Set<String> IRREGULAR_PARTICIPLES = set("done", "made", "written", "built", "found",
            "given", "taken", "shown", "seen", "known", "told", "brought", "caught", "run", "set", "put", "sent",
            "shipped", "rewritten", "undone", "held", "led", "kept", "left", "lost", "paid", "sold", "spent", "split",
            "taught", "thought", "won", "chosen", "driven", "broken", "hidden", "forgotten", "begun", "cut", "fixed");
    /** Past participles that are really adjectives of feeling or state: never passive voice. */
    public static final Set<String> PARTICIPLE_ADJECTIVES = set("excited", "interested", "worried", "concerned",
            "surprised", "tired", "frustrated", "pleased", "satisfied", "disappointed", "involved", "supposed",
            "used", "based", "related", "located", "called", "dedicated", "experienced", "motivated", "confused",
            "committed", "determined", "scared", "stressed", "annoyed", "impressed", "convinced", "aligned",
            "blocked", "stuck", "gone", "finished", "responsible", "limited", "required", "expected",
            "allowed", "able", "unblocked", "overwhelmed", "embarrassed", "qualified", "skilled", "focused",
            "known", "closed", "broken", "hidden", "tied", "married", "born", "prepared", "engaged", "released",
            "outdated", "complicated", "distributed", "unowned", "unmonitored");

    /** Concrete, hands-on work verbs in the past tense: evidence of a personal action when "I" is the actor. */
    public static final Set<String> WORK_VERBS = set("wrote", "rewrote", "built", "rebuilt", "added", "implemented",
            "fixed", "patched", "refactored", "designed", "redesigned", "created", "automated", "analyzed",
            "analysed", "profiled", "traced", "instrumented", "documented", "updated", "migrated", "deployed", "tested",
            "reproduced", "debugged", "configured", "introduced", "drafted", "ran", "measured", "benchmarked",
            "reviewed", "audited", "investigated", "dug", "coordinated", "organized", "organised", "paired", "shipped",
            "delivered", "replaced", "removed", "deleted", "cleaned", "consolidated", "standardized", "standardised",
            "validated", "verified", "monitored", "prototyped", "mapped", "collected", "gathered", "compared",
            "diagnosed", "triaged", "isolated", "bisected", "reverted", "hardened", "optimized", "optimised",
            "cached", "parallelized", "restructured", "extracted", "merged", "wired", "enforced", "wrote",
            "rolled", "built", "led", "drove", "established", "defined", "modeled", "modelled",
            "simulated", "load-tested", "scripted", "tuned", "corrected", "resolved", "addressed", "rebuilt",
            "replayed", "backfilled", "reconciled", "inspected", "queried", "graphed", "charted", "alerted",
            "dashboarded", "proposed", "presented", "built", "authored", "published", "trained", "mentored",
            "coached", "taught", "paged", "labeled", "labelled", "categorized", "quantified", "calculated",
            "estimated", "negotiated", "scheduled", "stabilized", "stabilised", "secured", "sanitized", "upgraded",
            "downgraded", "pinned", "split", "adjusted", "created",             "wrote", "installed", "enabled", "disabled", "flagged", "caught", "spotted", "discovered", "found",
            "identified", "noticed", "blocked", "halted", "paused", "stopped", "insisted", "refused", "challenged",
            "convinced", "persuaded", "escalated", "reported", "filed");

    /** Past-tense verbs that are not hands-on work, even with "I" as subject. */
    public static final Set<String> NON_ACTION_VERBS = set("wanted", "needed", "liked", "loved", "hated", "decided",
            "felt", "seemed", "tried", "hoped", "started", "continued", "used", "asked", "talked", "called",
            "waited", "stayed", "worked", "learned", "joined", "owned", "managed", "realized", "realised", "believed",
            "assumed", "expected", "agreed", "accepted", "appreciated", "enjoyed", "worried", "wondered", "planned",
            "happened", "received", "attended", "explained", "mentioned", "suggested", "noticed", "handled",
            "followed", "stopped", "moved", "finished", "ended", "looked", "helped", "allowed", "allowed", "rushed",
            "considered", "remembered", "pushed", "pulled", "raised", "flagged", "declined", "objected", "disagreed", "questioned", "interviewed", "promoted", "hired", "assigned", "signed", "wished", "preferred", "struggled", "panicked", "argued");

    /** Verbs that only describe noticing, asking or escalating: actions, but not hands-on fixes. */
    public static final Set<String> NON_FIX_VERBS = set("noticed", "spotted", "discovered", "found", "identified",
            "caught", "escalated", "reported", "filed", "flagged", "insisted", "refused", "challenged", "convinced",
            "persuaded", "proposed", "presented", "negotiated", "paged");

    public static final Set<String> CHANGE_WORDS = set("reduced", "reduce", "reducing", "reduces", "cut", "cutting",
            "dropped", "drop", "dropping", "fell", "fall", "falling", "decreased", "decreasing", "lowered", "lowering",
            "increased", "increasing", "improved", "improving", "improves", "raised", "rose", "grew", "growing",
            "boosted", "saved", "saving", "saves", "halved", "doubled", "tripled", "eliminated", "eliminating",
            "shrank", "shrunk", "sped", "speeding", "accelerated", "down", "up", "from", "fewer", "less", "more",
            "faster", "slower", "lower", "higher", "reduction", "improvement", "increase", "decrease", "drop",
            "gain", "savings", "avoided", "prevented", "recovered", "lost", "losing", "cost", "costing", "went",
            "brought", "trimmed", "slashed", "freed", "zero", "declined", "climbed", "jumped", "went", "moved",
            "plummeted", "removed", "caught", "blocked");
    public static final Set<String> OUTCOME_NOUNS = set("error", "errors", "incidents", "incident", "complaints",
            "tickets", "bugs", "defects", "outages", "pages", "alerts", "crashes", "failures", "escalations",
            "regressions", "rollbacks", "latency", "downtime", "churn", "revenue", "nps", "csat", "conversion",
            "rework", "hours", "minutes", "seconds", "ms", "milliseconds", "customers", "users", "orders", "payments",
            "requests", "transactions", "uptime", "availability", "throughput", "cost", "costs", "spend",
            "time", "build", "builds", "deploys", "releases", "flakiness", "flaky", "retries", "timeouts",
            "chargebacks", "refunds", "calls", "contacts", "sev", "sev2s", "sev1s", "p1s", "pages", "issues");
    public static final Set<String> TIME_UNITS = set("ms", "millisecond", "milliseconds", "second", "seconds", "sec",
            "secs", "s", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "quarter", "quarters", "sprint", "sprints");
    public static final Set<String> PEOPLE_UNITS = set("engineers", "people", "developers", "members", "folks",
            "teammates", "reports", "devs", "testers", "interns", "persons", "person", "engineer", "direct",
            "colleagues", "teams", "squads");
    public static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "q1", "q2", "q3", "q4");
    public static final Set<String> NUMBER_WORDS = set("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen", "half", "twice",
            "zero", "dozens", "hundreds", "thousands", "millions");
    public static final Set<String> MULTIPLIER_WORDS = set("twice", "doubled", "halved", "tripled", "quadrupled",
            "tenfold", "10x", "2x", "3x", "4x", "5x");

    public static final Set<String> CLAUSE_BREAKS = set(",", ";", ":", "but", "so", "because", "although", "though",
            "while", "which", "until", "whereas", "however", "-", "--", "(", ")");
    public static final Set<String> MODALS = set("should", "could", "would", "might", "must", "should've",
            "could've", "would've", "might've", "must've", "wish", "if", "hope", "hoped", "planned", "meant");
}
