package io.highbar.e2e;

/**
 * Three STAR stories told plainly, written for the story bank's journey (not taken from the scoring corpus): each
 * shows one principle first and touches a few others, as candidates' stories do.
 */
public final class SampleStories {

    /** Frugality: a night-shift lead avoids two hires by timing the work and moving cages. */
    public static final String FRUGAL =
            "Last spring I ran the night shift at a small parcel depot outside Leeds, twelve people and two vans. "
            + "Head office wanted us to hire two more loaders for peak season, which would have cost about 4,000 "
            + "pounds a month. I did not think we needed more people; I thought we were wasting their time. For a "
            + "week I timed each job with a stopwatch and found that loaders spent almost a third of the shift "
            + "walking to the far end of the yard to fetch empty cages. I asked the day supervisor if we could keep "
            + "twenty empty cages next to the belt instead, and I moved them myself before each shift. I also "
            + "swapped the order of the two van runs so the longer route left first. I told my manager I would "
            + "rather try this for a month before we hired anyone, and that if we missed our times twice I would "
            + "ask for the extra staff myself. We did not miss once. Peak went through with the same twelve people, "
            + "overtime dropped from about 60 hours a week to 15, and head office cancelled the two hires.";

    /** Dive Deep: an analyst traces a "drop" in milk sales to one mis-mapped barcode. */
    public static final String DIVE_DEEP =
            "I was a data analyst at a regional grocery chain. One Monday the weekly report showed milk sales "
            + "down 18 percent in our six northern stores while every other dairy product was flat. My manager "
            + "thought it was the new competitor that had opened nearby. I was not convinced, because a competitor "
            + "would hit everything, not only milk. I pulled the till data for each store by hour and saw that the "
            + "drop started at exactly the same hour in all six stores, on the Thursday the price file was updated. "
            + "I compared the price file line by line with the shelf labels and found that one barcode for our "
            + "two-litre milk had been mapped to the one-litre price in the system, so the tills were charging less "
            + "but recording the sale under a product code the report did not count. Sales had not dropped at all. "
            + "I showed the store managers and the pricing team the exact line, they fixed the mapping that "
            + "afternoon, and I added a check to the report that flags any product whose sales move more than ten "
            + "percent in a week without a price change, so we look before anyone draws conclusions.";

    /** Hire and Develop the Best: a new team lead coaches a junior who was told she was too slow. */
    public static final String MENTORING =
            "When I became a team lead at a small accounting firm, I inherited Priya, a junior who had been told "
            + "in her review that she was too slow and made too many mistakes on reconciliations. I sat with her "
            + "for two afternoons and watched how she worked. She was not careless: she was re-checking every line "
            + "by hand because nobody had shown her the matching rules in our software. I wrote down the five rules "
            + "we use, walked her through them on a real client file, and then gave her the next three "
            + "reconciliations on her own while I only reviewed the exceptions. Each Friday we spent twenty minutes "
            + "on what had gone wrong that week. I also told her honestly when a piece of work was not good enough "
            + "and why. After three months her reconciliations took half the time and her error rate was the lowest "
            + "in the team. The next year she trained our two new hires herself, using the notes we had written "
            + "together, and she was promoted to senior associate.";

    private SampleStories() {
    }
}
