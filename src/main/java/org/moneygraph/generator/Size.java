package org.moneygraph.generator;

import java.util.Locale;

/**
 * How many of each kind the generator writes. S is one county, M one city of ten counties, L a province. Towns
 * must be a multiple of counties, so that village {@code v} lies in county {@code v % counties}; the generator
 * relies on that to place projects without holding any lookup table.
 */
public record Size(String name, int cities, int counties, int towns, int villages, int campaigns, int projects,
        int organizations, int indicators, int flows, int pairings) {

    public static final Size S = new Size("S", 1, 1, 15, 200, 10, 1_000, 100, 3_000, 10_000, 200);
    public static final Size M = new Size("M", 1, 10, 150, 2_000, 100, 10_000, 1_000, 30_000, 100_000, 2_000);
    public static final Size L = new Size("L", 14, 100, 1_500, 20_000, 1_000, 100_000, 10_000, 300_000,
            1_000_000, 20_000);

    /** Funds of the province, one per source of money; every flow belongs to one of them. */
    public static final int FUNDS = 4;

    /** Years the flows are spread over, from {@link #FIRST_YEAR}. */
    public static final int YEARS = 3;
    public static final int FIRST_YEAR = 2021;

    public Size {
        if (towns % counties != 0 || villages % counties != 0) {
            throw new IllegalArgumentException("towns and villages must be multiples of counties");
        }
        if (organizations < 2 * (1 + cities + counties) + 10 * counties || campaigns < 2 * counties
                || flows < 2 * projects + tier1() + tier2() || projects < counties) {
            throw new IllegalArgumentException("size " + name + " is too small for its regions");
        }
    }

    public static Size of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> throw new IllegalArgumentException("size must be S, M or L, not " + name);
        };
    }

    /** Party committees and governments: two for the province, each city and each county. */
    int governing() {
        return 2 * (1 + cities + counties);
    }

    /** Top campaigns (province-wide); the rest are sub-campaigns of a county. */
    int topCampaigns() {
        return campaigns / 10;
    }

    int subCampaignsPerCounty() {
        return (campaigns - topCampaigns()) / counties;
    }

    int tier1() {
        return cities * FUNDS * YEARS;
    }

    int tier2() {
        return counties * FUNDS * YEARS * 2;
    }

    int tier3() {
        return projects * 2;
    }

    int tier4() {
        return flows - tier1() - tier2() - tier3();
    }

    int beneficiaryGroups() {
        return villages * 2;
    }

    int responsibilities() {
        return projects / 5;
    }
}
