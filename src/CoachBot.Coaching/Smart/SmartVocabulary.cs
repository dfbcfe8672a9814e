namespace CoachBot.Coaching.Smart;

/// <summary>
/// The word tables behind the SMART rules (roles, skills and fields are in dialogs/&lt;locale&gt;/careers.yaml, hedges,
/// greetings, wishes and verbs in smart.yaml: <see cref="GoalVocabulary"/>). Patterns are matched word by word with typos allowed by length
/// (<see cref="GoalWords.Matches"/>): "word*" is a prefix, "?" any one word. Tables, not code, so a coach can
/// read what counts as vague or concrete and add to it.
/// </summary>
internal static class SmartVocabulary
{
    /// <summary>Words that carry no outcome: fillers, pronouns, the wish itself, deadline connectors.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i'd", "id", "i'll", "ill", "i've", "me", "my", "mine", "myself", "we", "our", "you", "your",
        "want", "wanna", "would", "like", "love", "hope", "wish", "plan", "planning", "need", "will", "going", "gonna",
        "try", "trying", "able", "should", "could", "can", "must", "really", "just", "maybe", "somehow", "also", "very",
        "to", "the", "a", "an", "of", "in", "on", "at", "for", "and", "or", "so", "that", "this", "it", "its", "with",
        "by", "within", "before", "until", "till", "from", "into", "as", "is", "am", "are", "be", "been", "being", "was",
        "get", "got", "getting", "do", "doing", "have", "has", "some", "more", "much", "lot", "lots", "goal", "next",
        "end", "year", "years", "month", "months", "week", "weeks", "day", "days", "now", "then", "soon", "time",
    };

    /// <summary>Frames that make even a named skill a direction ("get better at public speaking"), at the start of the outcome.</summary>
    public static readonly string[] VagueFrames =
    [
        "get better at", "be better at", "become better at", "get good at", "improve my", "improve", "improving", "grow my network",
        "work on my", "work on", "brush up", "get more", "be more",
    ];

    /// <summary>Outcomes that name a direction, not a result.</summary>
    public static readonly string[] VaguePhrases =
    [
        "get better", "be better", "do better", "become better", "improve", "improve myself", "grow", "growth",
        "advance*", "progress*", "succeed", "success*", "do well", "be happy", "happier", "happy at work",
        "get ahead", "move up", "level up", "next level", "develop myself", "self development", "personal development",
        "professional development", "better career", "my career", "more money", "earn more", "make more",
        "fulfil*", "something new", "find my passion", "be the best", "potential", "be good at", "good at my job",
        "better job", "better at my job", "better person", "be more", "a better",
    ];

    /// <summary>Credentials: observable by definition (you hold it or you don't).</summary>
    public static readonly string[] CertificationWords =
    [
        "certif*", "exam", "exams", "pmp", "cpa", "cfa", "acca", "cissp", "ccna", "itil", "prince2", "comptia",
        "aws", "azure", "gcp", "csm", "shrm", "phr", "mba", "cert", "certs", "degree", "diploma", "license", "licence", "licensed",
        "bootcamp", "six sigma", "master's!", "masters!", "phd", "accredit*",
    ];

    /// <summary>Concrete actions with an object ("run a project", "land a job as", "publish", "mentor").</summary>
    public static readonly string[] ConcreteActions =
    [
        "land ? job", "land ? role", "land a", "job as", "role as", "position as", "run a project", "run ? project",
        "lead a project", "lead ? project", "lead ? team", "lead the", "mentor*", "publish*", "launch*",
        "start a business", "start my own", "open a", "write a book", "give ? talk", "give a talk", "speak at",
        "present at", "conference*", "promoted to", "promotion to", "promted to", "salary of", "portfolio",
        "side project", "build a", "build an", "app", "website", "certified", "pass the", "course*", "article*",
        "blog", "podcast", "newsletter", "hire", "department", "consultancy", "freelanc*", "client*", "customers",
        "switch to", "switch into", "move into", "transition to", "transition into", "industry", "sector",
        "join a", "join the", "get a job", "get a ? job", "get the job", "run a marathon", "marathon", "return to", "go back to", "return to work", "go back to work", "get back to work", "back into work", "return to the workforce",
    ];

    /// <summary>Observable finish lines: you can tell the day it happened.</summary>
    public static readonly string[] FinishLines =
    [
        "pass", "passed", "passing", "get certified", "certified", "promoted", "promted", "promotion", "land",
        "landed", "hired", "job offer", "launch*", "publish*", "complete*", "finish*", "graduat*", "ship", "release",
        "signed", "fluent", "find a", "find my first", "start a business", "start my own", "open a", "found a", "job as", "role as",
        "position as", "job in", "role in", "position in", "first job", "first ? job", "my first ? job", "get a job", "get a ? job", "get the job", "marathon", "present", "presenting", "give ? talk", "give a talk", "give my", "talk at", "return to work", "back to work", "return to", "start my new job", "start a new job",
        // A role held is a finish line you can see: "move into a product role", "step into a lead position".
        "into a ? role", "into a ? position", "into ? role", "into a role", "a ? role as", "into the ? role",
        // A language level is a finish line a test shows: "reach B2 in German".
        "b 1", "b 2", "c 1", "c 2",
    ];

    /// <summary>Verbs that, with a few words after them, make an outcome someone could do and check.</summary>
    public static readonly string[] ActionVerbs =
    [
        "organi*", "build", "create", "write", "finish", "complete", "launch", "start", "open", "lead", "run", "learn",
        "earn", "pass", "join", "attend", "deliver", "present*", "teach", "design", "host", "release", "save", "reduce",
        "increase", "hire", "sell", "win", "negotiate", "move", "switch", "find", "apply", "read", "speak", "train",
        "automate", "ship", "grow ? team", "double", "cut",
    ];

    /// <summary>Words that make a role vague again ("a better manager" is a direction, not a title).</summary>
    public static readonly HashSet<string> VagueQualifiers = new(StringComparer.Ordinal) { "better", "good", "great", "best", "nicer", "stronger" };

    /// <summary>Words too common to show that a goal and a vision share a direction.</summary>
    public static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "career", "job", "work", "working", "role", "new", "good", "better", "best", "make", "become", "people",
        "thing", "things", "company", "field", "want", "place", "life", "great", "big", "first", "one", "two", "three",
    };

    /// <summary>
    /// What a stated value means in goal words: a value is read through the keys ("Advancement" is growth), then a
    /// goal serves it when one of its words matches the concept's goal words.
    /// </summary>
    public static readonly ValueConcept[] ValueConcepts =
    [
        new("growth", ["growth", "grow*", "advanc*", "promot*", "career", "progress*", "ambition", "achiev*"],
            ["promot*", "senior", "lead", "leader*", "manager", "manag*", "director", "head", "principal", "chief", "vp",
             "executive", "partner", "advanc*", "level", "grow*", "career"]),
        new("learning", ["learn*", "knowledge", "mastery", "expertise", "curiosity", "develop*", "education"],
            ["learn*", "course*", "certif*", "study", "studying", "skill*", "master*", "degree", "train*", "exam",
             "language", "fluent", "bootcamp", "read*", "practi*", "coding", "programming"]),
        new("salary", ["salary", "money", "pay", "income", "compensation", "financ*", "wealth", "earn*"],
            ["salary", "pay", "paid", "money", "raise", "income", "earn*", "compensation", "bonus", "promot*"]),
        new("balance", ["balance", "wellbeing", "well", "health*", "family", "time"],
            ["balance", "flexib*", "remote*", "hybrid", "hours", "part", "family", "health*", "wellbeing", "boundar*",
             "commute", "vacation", "weekend*", "four"]),
        new("flexibility", ["flexib*", "freedom", "remote"],
            ["flexib*", "remote*", "hybrid", "freelanc*", "hours", "schedule", "own", "independen*"]),
        new("autonomy", ["autonom*", "independen*", "entrepreneur*"],
            ["own", "founder", "found", "start", "business", "consult*", "freelanc*", "independen*"]),
        new("purpose", ["purpose", "impact", "meaning*", "mission", "service", "help*", "contribut*", "social", "community"],
            ["help*", "mission", "impact*", "nonprofit", "profit", "charity", "communit*", "mentor*", "teach*",
             "volunteer*", "patient*", "student*", "social", "sustainab*", "climate", "purpose"]),
        new("culture", ["culture", "team*", "colleague*", "belonging", "collaborat*"],
            ["team*", "culture", "colleague*", "communit*", "mentor*", "collaborat*"]),
        new("creativity", ["creativ*", "innovat*", "design*"],
            ["creat*", "design*", "write", "writing", "art", "build*", "launch*", "innovat*", "product*", "publish*"]),
        new("recognition", ["recogni*", "prestige", "status", "respect*", "visib*", "reputation", "influence"],
            ["publish*", "speak*", "talk*", "conference*", "award*", "promot*", "known", "visib*", "lead*"]),
        new("security", ["security", "secure", "stabil*", "stable"],
            ["stable", "secure", "permanent", "certif*", "salary", "contract", "license*"]),
        new("leadership", ["leader*", "lead", "leading", "influence"],
            ["lead*", "manag*", "mentor*", "team*", "director", "head", "supervis*"]),
        new("expertise", ["expert*", "master*", "craft*", "excellence", "quality"],
            ["expert*", "master*", "certif*", "senior", "principal", "skill*", "specialist"]),
    ];
}

/// <summary>A value and the words that show a goal serves it.</summary>
internal sealed record ValueConcept(string Name, string[] Keys, string[] GoalWords);
