package io.highbar.scoring.engine;

import java.util.List;
import java.util.Map;

/** The general detectors' own cues, in the rubric cue language; compiled once per engine. */
final class Builtins {

    private Builtins() {
    }

    static final Map<Detector, List<String>> CUES = Map.ofEntries(
            Map.entry(Detector.INITIATIVE, List.of(
                    "i (noticed|spotted|discovered|realized|realised|found|identified|saw|caught|observed)",
                    "nobody ... (flagged|noticed|asked|owned|filed|reported|assigned|watching|looking|monitoring|owning|caught)",
                    "no one ... (flagged|noticed|asked|owned|filed|reported|watching|looking|monitoring|owning|caught)",
                    "(not|wasn't|never|was not) (on|in|part of) my (sprint|backlog|roadmap|scope|job|plate|list|ticket|tickets)",
                    "outside ... my (team's|team|scope|sprint|area|responsibility|ownership|remit|role|job)",
                    "not my (team's|team|job|code|service|problem|responsibility)", "(wasn't|was not|isn't|is not) (my|our) (area|job|team|code|service|problem|responsibility|scope|component|project)",
                    "on my own (initiative|time)", "without being (asked|told|assigned)", "proactive*",
                    "i (decided|chose|volunteered|offered) to", "took it upon myself", "nobody asked me",
                    "no one asked me", "no (ticket|owner|alert|alerts|one) (had|was|existed|for|watching|owned|covering)")),
            Map.entry(Detector.PUSHBACK, List.of(
                    "(pushed|pushing|push) back", "(refused|declined|refusing) to", "insist*",
                    "(wouldn't|would not|didn't|did not|won't) (accept|ship|approve|sign|merge|let|release)",
                    "(blocked|held|halted|stopped|paused|vetoed) ... (release|launch|merge|deploy*|rollout|change|pr|sign-off|go-live)",
                    "(challenged|questioned|disagreed|objected)", "raised (concerns|a concern|an objection|the bar)",
                    "said no", "(delay|delayed|delaying|postpone*) the (release|launch|rollout|go-live|ship*|merge|deploy*)",
                    "(not|wasn't|was not|isn't) (acceptable|good enough|up to)",
                    "(rejected|sent back|reopened) the (pr|change|fix|design|patch|ticket)", "(held|hold|raise*) the bar")),
            Map.entry(Detector.TRADEOFF, List.of(
                    "(trade-off*|tradeoff*|trade-*)", "trade (off|offs)", "(balanced|balancing|balance|weighed|weighing|weigh)",
                    "cost of (delay|inaction|defects|the delay|downtime|the defects)",
                    "(delayed|postponed|pushed|moved) the (release|launch|sprint|rollout|deadline|ship*) ... by",
                    "(long-term|longer-term|sustainab*)", "long term", "short-term", "systemic*",
                    "prevent* (future|recurrence|this|similar|regressions|the same|it|any|repeat*)",
                    "(rather|instead) (than|of)", "at the expense of", "(versus|vs)", "(risk|risks|risky)",
                    "(never|wouldn't|would not|won't|can't) (happen|recur) again",
                    "(future|next) (releases|incidents|services|teams|launches|regressions)",
                    "class of (bug*|problem*|issue*|error*|defect*|failure*|incident*)", "root cause (fix|instead)")),
            Map.entry(Detector.INFLUENCE, List.of(
                    "(convinced|persuaded|rallied)", "won (over|them|the)", "got (buy-in|agreement|alignment|sign-off|them|the)",
                    "(presented|showed|brought|shared) ... (data|numbers|evidence|metrics|proposal|doc|analysis|cost)",
                    "made the case", "walked (them|her|him|the|stakeholders|leadership|everyone|my|our|their) ... through", "negotiated",
                    "aligned ... (teams|stakeholders|leads|owners)",
                    "wrote (a|an) (proposal|rfc|design doc|doc|memo|one-pager|postmortem)", "took ownership",
                    "without ... authority", "despite ... (resistance|pushback|objections|push-back)",
                    "(earned|built|gained) ... trust", "(challenged|questioned) the")),
            Map.entry(Detector.SCOPE, List.of(
                    "(other|another|partner|adjacent|downstream|upstream|sister|neighboring|neighbouring) (team|teams|service|services|org|orgs|group|groups)",
                    "(cross-team|cross-functional|cross-org|cross-service|multi-team)",
                    "(multiple|several|many|three|four|five|six|two|both|all|ten|dozen) (teams|services|orgs|products|codebases|squads)",
                    "<NUM> (teams|services|orgs|products|squads)",
                    "the (platform|payments|infra|infrastructure|security|sre|data|qa|billing|search|mobile|frontend|backend|api|ops|checkout|identity|networking|web|android|ios) team",
                    "the <PROPN> team", "across (teams|services|products|squads)", "(their|another team's|other teams') (code*|service|repo*)",
                    "(org-wide|company-wide|organization-wide|organisation-wide|engineering-wide|companywide|orgwide)",
                    "across the (company|org|organization|organisation|engineering|whole)", "(every|all) (teams|services) in",
                    "(entire|whole) (org|organization|organisation|company|engineering|department)")),
            Map.entry(Detector.MENTORING, List.of(
                    "(mentored|coached|taught|trained|onboarded|mentoring|coaching)",
                    "(ran|held|gave|organized|organised|hosted) ... (workshop|session|training|brown bag|tech talk|lunch-and-learn|sessions|workshops)",
                    "(culture|cultural)", "(standards|guidelines|best practices|playbook|checklist|bar) for (the|all|every|other|new)",
                    "(code review|review) (guidelines|standards|checklist)", "brown bag")),
            Map.entry(Detector.CUSTOMER, List.of(
                    "(customer*|user|users|client|clients|merchant*|buyer*|seller*|shopper*|patient*|subscriber*)",
                    "(nps|csat)", "complaint*")),
            Map.entry(Detector.LEARNING, List.of(
                    "i (learned|learnt)", "(lesson|lessons)", "next time", "in hindsight", "looking back",
                    "since then (i|i've)", "taught me", "i now", "i would (do|have done) _ differently",
                    "i realized i (should|could|needed)", "(changed|shaped) how i", "if i did it again")),
            Map.entry(Detector.DIVE_DEEP, List.of(
                    "root cause*", "(dug|dig|digging) (into|in|deeper|through)",
                    "(traced|profiled|bisected|reproduced|instrumented|correlated)",
                    "(logs|dashboards|traces|heap dump|flame graph|stack traces|metrics)", "five whys",
                    "(investigated|analyzed|analysed|audited)", "data (showed|revealed|told)")),
            Map.entry(Detector.ASSIGNMENT, List.of(
                    "(manager|lead|boss|director|skip|pm|tl|supervisor|vp|cto) (suggested|mentioned|assigned)", "(manager|lead|boss|director|skip|pm|tl|supervisor|vp|cto) (asked|told|wanted|gave|handed|pointed|directed|instructed|tasked|put|needed|expected) me",
                    "(i|i'd) (was|got|had been) (asked|assigned|told|tasked|given|handed|instructed|put) (to|with|on|the|this)",
                    "(was|got) assigned to me", "(it|this) was (my|on my|assigned to my) (ticket|task|assignment|story)",
                    "assigned (me|to me)", "since i had ... bandwidth", "(asked|told) me to (look|fix|investigate|handle|take)")),
            Map.entry(Detector.COLLECTIVE_ONLY, List.of(
                    "(together|all together) as a team", "we (did|fixed|solved|handled|built) it together",
                    "it was a team effort")),
            Map.entry(Detector.VAGUE_LANGUAGE, List.of(
                    "(improved|improving|enhanced|made|make) ... (quality|system|things|process|stuff|it|everything)",
                    "(some|various|several|a lot of|lots of|many|a few) (things|stuff|issues|problems|improvements|changes|tweaks)",
                    "(stuff|somehow|etc)", "(worked|working) on (it|stuff|things|some|various)",
                    "helped (with|out)", "(better|improved|higher) quality", "more (stable|robust|reliable)",
                    "(took|take) care of (it|things|the)")),
            Map.entry(Detector.ESCALATION_ONLY, List.of(
                    "(escalated|reported|flagged|forwarded|handed|passed|filed|raised) (it|this|that|the|a) ... (to|with|over|off)",
                    "(escalated|escalating)", "(waited|waiting) (for|on|until)", "and waited", "left it (to|with|for)",
                    "handed ... (off|over)", "(filed|opened|raised) a ticket")),
            Map.entry(Detector.OWN_SCOPE_ONLY, List.of(
                    "only (in|within|to|on|affected) (my|our) ... (team's|team|code*|service|repo*|module|component)",
                    "(my|our) own team's (code*|service|repo*)", "within (my|our) ... team",
                    "only (affected|impacted) (my|our) (team|service)")),
            Map.entry(Detector.EFFORT_ONLY, List.of(
                    "(stayed|worked|working|stay) (late|overtime|nights|weekends|through)",
                    "worked (all|long|extra|late|the) (night|hours|weekend|nights|weekends)", "all-nighter*",
                    "(worked|working) ... hard", "(extra|long) hours",
                    "midnight oil", "around the clock", "(pulled|pull) an")),
            Map.entry(Detector.NO_SELF_AWARENESS, List.of(
                    "(don't|do not|didn't|did not) think i could ... (done|do) ... (better|differently)",
                    "(wouldn't|would not) (change|do) anything", "nothing (to|i would|i'd) (improve|change)",
                    "(would|'d) do (it|everything) ... the same", "no regrets",
                    "(all|entirely|completely) (their|the team's|his|her|the other team's) fault",
                    "i (did|do) (everything|it all) (right|perfectly)", "nothing i could have done")));

    /** Result cues for STAR segmentation. */
    static final List<String> RESULT_CUES = List.of("as a result", "in the end", "ultimately", "since then",
            "after (that|the fix|my fix|the change|launch|the release|rollout)", "(result|outcome) (was|is)",
            "(results|outcome)", "end result", "this (reduced|cut|saved|improved|prevented|eliminated|meant)",
            "(it|that|which) (reduced|cut|saved|improved|prevented|eliminated|meant)");

    static final List<String> TASK_CUES = List.of(
            "(my|the|our) (goal|task|job|responsibility|challenge|objective|mandate|role) (was|is)",
            "i (needed|had|wanted|was supposed) to", "i was (responsible|tasked|expected)", "needed to",
            "(had|have) to (decide|figure|make sure|ensure)");
}
