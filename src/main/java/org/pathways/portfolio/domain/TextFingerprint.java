package org.pathways.portfolio.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Word-shingle fingerprint of a written response: the set of hashed 3-word shingles, its MinHash
 * signature (96 values) and locality-sensitive band hashes (32 bands of 3) that find candidate
 * matches through an index. See docs/duplicate-detection.md.
 */
public final class TextFingerprint {

    static final int SHINGLE_WORDS = 3;
    static final int HASHES = 96;
    static final int BAND_ROWS = 3;
    static final int BANDS = HASHES / BAND_ROWS;
    /** Shorter responses ("See attached.") are too generic to compare. */
    static final int MIN_WORDS = 20;

    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] OFFSETS = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(20260401L);
        for (int i = 0; i < HASHES; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            OFFSETS[i] = random.nextLong();
        }
    }

    private final long[] shingles;
    private final int[] signature;

    private TextFingerprint(long[] shingles) {
        this.shingles = shingles;
        this.signature = minHash(shingles);
    }

    public static TextFingerprint of(String text) {
        return new TextFingerprint(shingles(words(text)));
    }

    public static boolean isComparable(String text) {
        return words(text).size() >= MIN_WORDS;
    }

    public int shingleCount() {
        return shingles.length;
    }

    public int[] signature() {
        return signature.clone();
    }

    /** Band hashes, salted with the micro-credential so one index serves all of them. */
    public long[] bands(String microCredentialCode) {
        long salt = hash(microCredentialCode);
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(salt + b);
            for (int r = 0; r < BAND_ROWS; r++) {
                h = mix(h ^ signature[b * BAND_ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** Share of the larger text's shingles that both texts have: 1.0 identical, 0.75 about a quarter rewritten. */
    public double similarity(TextFingerprint other) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < shingles.length && j < other.shingles.length) {
            if (shingles[i] == other.shingles[j]) {
                common++;
                i++;
                j++;
            } else if (shingles[i] < other.shingles[j]) {
                i++;
            } else {
                j++;
            }
        }
        int larger = Math.max(shingles.length, other.shingles.length);
        return larger == 0 ? 0 : (double) common / larger;
    }

    /** The same measure estimated from signatures alone (Jaccard from MinHash, converted with the set sizes). */
    static double estimatedSimilarity(int[] a, int sizeA, int[] b, int sizeB) {
        int equal = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                equal++;
            }
        }
        double jaccard = (double) equal / HASHES;
        double common = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return common / Math.max(1, Math.max(sizeA, sizeB));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static long[] shingles(List<String> words) {
        int size = Math.min(SHINGLE_WORDS, words.size());
        if (size == 0) {
            return new long[0];
        }
        long[] hashes = new long[words.size() - size + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(String.join(" ", words.subList(i, i + size)));
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static int[] minHash(long[] shingles) {
        int[] signature = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            long min = Long.MAX_VALUE;
            for (long shingle : shingles) {
                long h = mix(shingle * MULTIPLIERS[k] + OFFSETS[k]);
                if (h < min) {
                    min = h;
                }
            }
            signature[k] = (int) (min >>> 32);
        }
        return signature;
    }

    /** FNV-1a over the UTF-16 text, then a finalizer that spreads the bits. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
