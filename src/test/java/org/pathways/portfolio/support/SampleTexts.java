package org.pathways.portfolio.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic written responses for duplicate-detection tests and the benchmark. */
public final class SampleTexts {

    private static final String[] WORDS = ("students classroom routine expectation teacher lesson data mastery "
            + "feedback behavior direction scan correction minutes task plan reflection week tally period "
            + "learning discussion writing question answer group partner model practice check exit ticket goal "
            + "evidence video observe adjust improve share trust character mistake habit monitor respond each "
            + "every most some first then after before during because so that which when while also the a of to "
            + "in on for with my our their we they it is was were be have had this those these more less time "
            + "class school year unit standard skill read write think talk listen show tell count compare").split(" ");

    private SampleTexts() {
    }

    public static String essay(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : i % 17 == 0 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    /** The same text with its last {@code share} of words replaced by different ones. */
    public static String rewriteEnd(String text, double share) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int replace = (int) Math.round(words.size() * share);
        for (int i = words.size() - replace; i < words.size(); i++) {
            words.set(i, "changed" + i);
        }
        return String.join(" ", words);
    }
}
