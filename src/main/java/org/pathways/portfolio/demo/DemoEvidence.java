package org.pathways.portfolio.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Plausible written evidence for demo portfolios: each response draws its own sentences, so they differ. */
final class DemoEvidence {

    private static final String[] OPENINGS = {
        "In my %s period class I focused on this competency for three weeks.",
        "I tried this with my seventh graders after our winter break.",
        "My co-teacher and I planned this together for our inclusion class.",
        "I started with a short diagnostic so I would know where my students were.",
        "Before this cycle, transitions in my room took far too long.",
        "I chose my most challenging class on purpose for this work."};
    private static final String[] BODY = {
        "I wrote the exact wording of each direction on a card and practiced it before class.",
        "Each day I kept a tally of redirections per period on a clipboard by the door.",
        "Students rehearsed the routine twice on Monday and once on Tuesday.",
        "I scanned the room after every direction and named what I saw students doing well.",
        "When a student was off task I used a nonverbal cue first and only then a private word.",
        "The exit tickets showed that most students could explain the steps in their own words.",
        "I adjusted the seating chart after the first week because two groups were too loud.",
        "We added a visual timer, which cut the time to begin independent work almost in half.",
        "My instructional coach observed twice and gave me one concrete next step each time.",
        "I recorded a short video and watched it with a colleague during our PLC meeting.",
        "Students set a weekly goal in their notebooks and checked it every Friday.",
        "Three students who rarely participated began volunteering answers by the second week.",
        "I noticed that my corrections were too long, so I practiced shorter ones.",
        "The data showed fewer interruptions after lunch than before it, which surprised me.",
        "Parents received a short note explaining the new routine and most replied positively.",
        "I used cold call more deliberately and kept the questions short and specific.",
        "Our grade-level team shared the routine so students met the same language in every class.",
        "When the routine broke down on a field-trip day, we reset it calmly the next morning.",
        "I compared the first and last week of tallies in a simple chart attached to this part.",
        "One adjustment I made was to model the routine again instead of repeating the rule."};
    private static final String[] CLOSINGS = {
        "Next I want to try the same approach with my afternoon classes.",
        "I will keep the tally going through the end of the semester.",
        "This work changed how I plan the first five minutes of every lesson.",
        "I am sharing the routine with the new teachers on my campus next month."};
    private static final String[] PERIODS = {"first", "second", "third", "fourth", "fifth", "sixth"};

    private DemoEvidence() {
    }

    static String response(Random random, String firstName) {
        List<String> body = new ArrayList<>(List.of(BODY));
        Collections.shuffle(body, random);
        StringBuilder text = new StringBuilder(String.format(OPENINGS[random.nextInt(OPENINGS.length)],
                PERIODS[random.nextInt(PERIODS.length)]));
        for (String sentence : body.subList(0, 5)) {
            text.append(' ').append(sentence);
        }
        text.append("\n\n").append(CLOSINGS[random.nextInt(CLOSINGS.length)]).append(" (").append(firstName)
                .append(", ").append(1 + random.nextInt(28)).append(" minutes of planning a week.)");
        return text.toString();
    }

    static String fileName(String partTitle) {
        return partTitle.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + ".txt";
    }

    static String fileText(Random random, String firstName, String partTitle) {
        return partTitle + "\nPrepared by " + firstName + "\n\n" + response(random, firstName) + "\n";
    }
}
