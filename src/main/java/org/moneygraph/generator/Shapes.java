package org.moneygraph.generator;

import java.util.SplittableRandom;

/**
 * What the i-th node of each kind is, computed from its index and the seed alone, so any batch can be
 * regenerated on its own (which is what makes a load resumable) and nothing of size L is held in memory.
 * Places follow from indexes: county {@code c} lies in city {@code c % cities}, town {@code t} in county
 * {@code t % counties}, village {@code v} in town {@code v % towns} and so in county {@code v % counties}.
 */
final class Shapes {

    private static final String SYLLABLES = "安宝昌城大东丰福高广和河红华吉江金康乐林龙民南平青清仁瑞山胜石顺太田"
            + "通新兴阳永玉长正中";
    private static final String[] DEPARTMENTS = { "财政局", "农业农村局", "乡村振兴局", "交通运输局", "水利局",
            "发展和改革委员会" };
    private static final String[] SOURCES = { "中央财政衔接推进乡村振兴补助资金", "省级财政衔接资金", "地方政府专项债券",
            "东西部协作资金" };
    /** Each fund's FundSourceType, the enum clients group and filter by. */
    private static final String[] SOURCE_TYPES = { "SUBSIDY", "FISCAL_BUDGET", "SPECIAL_BOND", "ASSISTANCE_FUND" };
    private static final String[] CATEGORIES = { "产业发展", "基础设施", "人居环境", "就业帮扶", "教育医疗" };
    /**
     * A project's category as its name words it and as the schema's ProjectCategory code, which is what the
     * property must hold: a Chinese word there failed every request that selected a generated project's category.
     */
    private static final String[][] PROJECT_CATEGORIES = { { "产业", "INDUSTRY" }, { "交通", "TRANSPORT" },
        { "生态环境", "ENVIRONMENT" }, { "教育", "EDUCATION" }, { "医疗卫生", "HEALTH" } };

    private final Size size;
    private final long seed;

    Shapes(Size size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** The random source of one node: depends only on the seed, the kind and the index. */
    SplittableRandom random(Kind kind, long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind.ordinal() * 0x632BE59BD9B4E019L + index);
    }

    static String place(long index) {
        int n = SYLLABLES.length();
        return "" + SYLLABLES.charAt((int) (index % n)) + SYLLABLES.charAt((int) ((index / n + index * 7) % n));
    }

    // --- IDs, shared with tests and the benchmark through GraphGenerator ---

    static String province() {
        return "Region:gen-p";
    }

    static String city(int i) {
        return "Region:gen-c" + i;
    }

    static String county(int i) {
        return "Region:gen-x" + i;
    }

    static String town(int i) {
        return "Region:gen-t" + i;
    }

    static String village(int i) {
        return "Region:gen-v" + i;
    }

    static String organization(int i) {
        return "Organization:gen-o" + i;
    }

    static String campaign(int i) {
        return "Campaign:gen-k" + i;
    }

    static String project(int i) {
        return "Project:gen-j" + i;
    }

    static String fund(int i) {
        return "Fund:gen-f" + i;
    }

    static String group(int i) {
        return "BeneficiaryGroup:gen-b" + i;
    }

    // --- organizations: 2r is region r's party committee, 2r + 1 its government; then units by county ---

    /** Region index r: 0 the province, 1..cities the cities, then the counties. */
    private String region(int r) {
        return r == 0 ? province() : r <= size.cities() ? city(r - 1) : county(r - 1 - size.cities());
    }

    private int countyRegion(int county) {
        return 1 + size.cities() + county;
    }

    int committee(int region) {
        return 2 * region;
    }

    int government(int region) {
        return 2 * region + 1;
    }

    /** Units of a county, by their ordinal k there: k % 10 is 0–5 a department, 6 a headquarters, 7–9 an enterprise. */
    private int unit(int county, int k) {
        int j = county + size.counties() * k;
        return j < size.organizations() - size.governing() ? size.governing() + j : -1;
    }

    private int unitsIn(int county) {
        int units = size.organizations() - size.governing();
        return (units - county + size.counties() - 1) / size.counties();
    }

    /** A unit of the county whose kind (k % 10) lies in [from, to]. */
    private int pickUnit(SplittableRandom random, int county, int from, int to) {
        int blocks = Math.max(1, unitsIn(county) / 10);
        int found = unit(county, 10 * random.nextInt(blocks) + from + random.nextInt(to - from + 1));
        return found >= 0 ? found : unit(county, from);
    }

    Fact regionFact(Kind kind, int i) {
        return switch (kind) {
            case PROVINCE -> Fact.of("Region", "gen-p", "青山省", "青山省共辖" + size.cities() + "个市（州）。")
                    .with("level", "PROVINCE");
            case CITY -> {
                String name = place(i) + "市";
                yield Fact.of("Region", "gen-c" + i, name, name + "是青山省辖市。").with("level", "CITY")
                        .to("WITHIN", province());
            }
            case COUNTY -> {
                String name = place(1000 + i) + "县";
                yield Fact.of("Region", "gen-x" + i, name, name + "隶属" + place(i % size.cities()) + "市。")
                        .with("level", "COUNTY").to("WITHIN", city(i % size.cities()));
            }
            case TOWN -> {
                String name = place(5000 + i) + "镇";
                yield Fact.of("Region", "gen-t" + i, name, name + "隶属" + place(1000 + i % size.counties()) + "县。")
                        .with("level", "TOWNSHIP").to("WITHIN", county(i % size.counties()));
            }
            default -> {
                String name = place(20000 + i) + "村";
                yield Fact.of("Region", "gen-v" + i, name, name + "隶属" + place(5000 + i % size.towns()) + "镇。")
                        .with("level", "VILLAGE").to("WITHIN", town(i % size.towns()));
            }
        };
    }

    Fact organizationFact(int i) {
        if (i < size.governing()) {
            int r = i / 2;
            String where = name(r);
            boolean committee = i % 2 == 0;
            String name = where + (committee ? "委员会" : "人民政府");
            Fact fact = Fact.of("Organization", "gen-o" + i, committee ? "中共" + name : name,
                    (committee ? "中共" + name : name) + "负责本地区巩固拓展脱贫攻坚成果和乡村振兴工作。")
                    .with("kind", committee ? "PARTY_COMMITTEE" : "GOVERNMENT").to("IN_REGION", region(r));
            if (!committee) {
                fact.to("DIRECTED_BY", organization(committee(r)));
            }
            else if (r > 0) {
                int parent = r <= size.cities() ? 0 : 1 + (r - 1 - size.cities()) % size.cities();
                fact.to("DIRECTED_BY", organization(committee(parent)));
            }
            return fact;
        }
        int j = i - size.governing();
        int county = j % size.counties();
        int k = j / size.counties();
        String where = place(1000 + county) + "县";
        int kind = k % 10;
        if (kind <= 5) {
            String name = where + DEPARTMENTS[kind] + (k >= 10 ? "第" + (k / 10 + 1) + "分局" : "");
            return Fact.of("Organization", "gen-o" + i, name, name + "是" + where + "人民政府工作部门。")
                    .with("kind", "DEPARTMENT").to("IN_REGION", county(county))
                    .to("PART_OF", organization(government(countyRegion(county))));
        }
        if (kind == 6) {
            String name = where + "乡村振兴第" + (k / 10 + 1) + "指挥部";
            Fact fact = Fact.of("Organization", "gen-o" + i, name, name + "由县委统一领导，各成员单位分工负责。")
                    .with("kind", "COMMAND_HEADQUARTERS").to("IN_REGION", county(county))
                    .to("DIRECTED_BY", organization(committee(countyRegion(county))));
            for (int m = k - 6; m < k; m++) {
                fact.from("MEMBER_OF", organization(unit(county, m)));
            }
            return fact;
        }
        String name = place(30000 + i) + "农业发展有限公司";
        return Fact.of("Organization", "gen-o" + i, name, name + "注册于" + where + "。").with("kind", "ENTERPRISE")
                .to("IN_REGION", county(county));
    }

    private String name(int r) {
        return r == 0 ? "青山省" : r <= size.cities() ? place(r - 1) + "市" : place(1000 + r - 1 - size.cities()) + "县";
    }

    Fact campaignFact(int i) {
        int top = size.topCampaigns();
        if (i < top) {
            String name = "青山省乡村振兴" + CATEGORIES[i % CATEGORIES.length] + "专项行动" + (i + 1);
            return Fact.of("Campaign", "gen-k" + i, name, "省委省政府部署开展" + name + "。").with("kind", "PROGRAM")
                    .to("IN_REGION", province()).from("LEADS", organization(government(0)));
        }
        int county = (i - top) % size.counties();
        String name = place(1000 + county) + "县" + CATEGORIES[i % CATEGORIES.length] + "攻坚战" + (i - top + 1);
        Fact fact = Fact.of("Campaign", "gen-k" + i, name, place(1000 + county) + "县全力打好" + name + "。")
                .with("kind", "BATTLE").to("IN_REGION", county(county)).to("PART_OF", campaign(i % top));
        int headquarters = unit(county, 6 + 10 * ((i - top) / size.counties() % Math.max(1, unitsIn(county) / 10)));
        if (headquarters >= 0) {
            fact.from("COMMANDS", organization(headquarters));
        }
        return fact;
    }

    /** County of project p. */
    int projectCounty(int p) {
        return p % size.counties();
    }

    /** Village of project p, in its county. */
    int projectVillage(int p) {
        return projectCounty(p) + size.counties() * random(Kind.PROJECT, p).nextInt(size.villages() / size.counties());
    }

    Fact projectFact(int p) {
        SplittableRandom random = random(Kind.PROJECT, p);
        int county = projectCounty(p);
        int village = county + size.counties() * random.nextInt(size.villages() / size.counties());
        String[] category = PROJECT_CATEGORIES[random.nextInt(PROJECT_CATEGORIES.length)];
        String name = place(20000 + village) + "村" + category[0] + "项目" + (p + 1);
        Money.Figure investment = Money.yuan(Money.lognormal(random, 3_000_000, 1.0));
        // One project in ten is an enterprise's own, outside any campaign: the shallow chains.
        boolean own = p % 10 == 9;
        int lead = own ? pickUnit(random, county, 7, 9) : pickUnit(random, county, 0, 6);
        Fact fact = Fact.of("Project", "gen-j" + p, name, name + "总投资" + investment.text() + "。")
                .with("category", category[1]).with("status", STATUS[random.nextInt(STATUS.length)])
                .quantity("investment", investment).to("IN_REGION", village(village)).from("LEADS", organization(lead));
        if (!own) {
            int sub = size.topCampaigns() + county + size.counties() * random.nextInt(size.subCampaignsPerCounty());
            fact.to("PART_OF", campaign(sub));
        }
        return fact;
    }

    private static final String[] STATUS = { "PLANNED", "UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION", "COMPLETED",
            "COMPLETED", "COMPLETED", "STALLED" };

    Fact fundFact(int i) {
        Money.Figure amount = Money.yuan(estimatedTotal() / Size.FUNDS);
        return Fact.of("Fund", "gen-f" + i, SOURCES[i], "全省安排" + SOURCES[i] + amount.text() + "。")
                .with("sourceType", SOURCE_TYPES[i]).quantity("amount", amount).to("IN_REGION", province())
                .from("ADMINISTERS", organization(government(0)));
    }

    Fact groupFact(int b) {
        SplittableRandom random = random(Kind.GROUP, b);
        int village = b / 2;
        String name = place(20000 + village) + "村" + (b % 2 == 0 ? "脱贫户" : "监测户");
        long households = 5 + random.nextInt(120);
        return Fact.of("BeneficiaryGroup", "gen-b" + b, name, name + households + "户。")
                .quantity("households", Money.count(households, "户"))
                .quantity("people", Money.count(households * (2 + random.nextInt(3)), "人"))
                .to("IN_REGION", village(village));
    }

    Fact responsibilityFact(int r) {
        int p = r * 5;
        int county = projectCounty(p);
        String holder = place(1000 + county) + "县人民政府";
        return Fact.of("Responsibility", "gen-r" + r, holder + "对项目" + (p + 1) + "负总责",
                holder + "对" + "项目" + (p + 1) + "负总责。").with("responsibilityType", "OVERALL")
                .with("typeText", "总责").with("role", "主体责任")
                .to("HELD_BY", organization(government(countyRegion(county)))).to("FOR", project(p));
    }

    Fact indicatorFact(int i) {
        SplittableRandom random = random(Kind.INDICATOR, i);
        int p = i % size.projects();
        long target = 10 + random.nextInt(500);
        long actual = target * (50 + random.nextInt(70)) / 100;
        String unit = i % 3 == 0 ? "户" : i % 3 == 1 ? "人" : "亩";
        String name = "项目" + (p + 1) + "指标" + (i / size.projects() + 1);
        return Fact.of("Indicator", "gen-i" + i, name, name + "目标" + target + unit + "，完成" + actual + unit + "。")
                .with("category", CATEGORIES[p % CATEGORIES.length])
                .quantity("target", Money.count(target, unit)).quantity("actual", Money.count(actual, unit))
                .to("MEASURES", project(p)).to("IN_REGION", county(projectCounty(p)));
    }

    Fact pairingFact(int i) {
        SplittableRandom random = random(Kind.PAIRING, i);
        int p = random.nextInt(size.projects());
        int village = projectVillage(p);
        boolean enterprise = i % 2 == 1;
        int helper = enterprise ? pickUnit(random, random.nextInt(size.counties()), 7, 9)
                : government(1 + i % size.cities());
        // The name is written as a report would; the property holds the schema's code for the same mechanism.
        String written = enterprise ? "万企兴万村" : "结对帮扶";
        String mechanism = enterprise ? "TEN_THOUSAND_ENTERPRISES" : "COUNTERPART_ASSISTANCE";
        String name = written + (i + 1) + "：帮扶" + place(20000 + village) + "村";
        long cadres = 1 + random.nextInt(5);
        return Fact.of("Pairing", "gen-h" + i, name, name + "，选派干部" + cadres + "人。").with("mechanism", mechanism)
                .quantity("cadres", Money.count(cadres, "人")).to("HELPER", organization(helper))
                .to("HELPED", village(village)).to("WITH_PROJECT", project(p));
    }

    // --- fund flows in four tiers; means are set so each tier hands on a little less than it receives ---

    private static final double SPENT_MEAN = 30_000;

    private double projectOut() {
        return (double) size.tier4() / size.projects() * SPENT_MEAN;
    }

    private double disbursedMean() {
        return projectOut() * 1.1 / 2;
    }

    private double countyOut() {
        return (double) size.tier3() / size.counties() * disbursedMean();
    }

    private double transferredMean() {
        return countyOut() * 1.1 / (Size.FUNDS * Size.YEARS * 2);
    }

    private double allocatedMean() {
        return (double) size.counties() / size.cities() * Size.FUNDS * Size.YEARS * 2 * transferredMean() * 1.1
                / (Size.FUNDS * Size.YEARS);
    }

    private double estimatedTotal() {
        return size.tier1() * allocatedMean() * 1.05;
    }

    Fact flowFact(int i) {
        SplittableRandom random = random(Kind.FLOW, i);
        String from;
        String to;
        String type;
        String purpose;
        int fund;
        int year;
        double amount;
        int e = i;
        if (e < size.tier1()) {
            int city = e % size.cities();
            fund = e / size.cities() % Size.FUNDS;
            year = Size.FIRST_YEAR + e / (size.cities() * Size.FUNDS);
            from = province();
            to = city(city);
            type = "ALLOCATED";
            purpose = "下达市级";
            amount = Money.lognormal(random, allocatedMean(), 0.2);
        }
        else if ((e -= size.tier1()) < size.tier2()) {
            int county = e % size.counties();
            fund = e / size.counties() % Size.FUNDS;
            year = Size.FIRST_YEAR + e / (size.counties() * Size.FUNDS) % Size.YEARS;
            from = city(county % size.cities());
            to = county(county);
            type = "TRANSFERRED";
            purpose = "转下达县级";
            // One county in seventeen gets half of what it pays out: an over-allocation at county level.
            amount = Money.lognormal(random, transferredMean(), 0.3) * (county % 17 == 3 ? 0.5 : 1.0);
            // One transfer in 97 is handed back up by the county: with the transfer down, a cycle.
            if (e % 97 == 5) {
                String swap = from;
                from = to;
                to = swap;
                purpose = "结余资金收回";
                amount *= 0.1;
            }
        }
        else if ((e -= size.tier2()) < size.tier3()) {
            int p = e % size.projects();
            // Project p gets funds p and p + 1 (mod 4), so what it spends below is money it received.
            fund = (p + e / size.projects()) % Size.FUNDS;
            year = Size.FIRST_YEAR + random.nextInt(Size.YEARS);
            from = county(projectCounty(p));
            to = project(p);
            type = "DISBURSED";
            purpose = "项目资金拨付";
            // One project in fifty gets far less than it pays out: an over-allocation to find.
            amount = Money.lognormal(random, disbursedMean(), 1.2) * (p % 50 == 7 ? 0.2 : 1.0);
        }
        else {
            e -= size.tier3();
            int p = (int) ((long) e * 7919 % size.projects());
            fund = (p + random.nextInt(2)) % Size.FUNDS;
            year = Size.FIRST_YEAR + random.nextInt(Size.YEARS);
            from = project(p);
            to = group(2 * projectVillage(p) + random.nextInt(2));
            type = "SPENT";
            purpose = "发放到户";
            amount = Money.lognormal(random, SPENT_MEAN, 1.0);
        }
        Money.Figure figure = Money.yuan(amount);
        if (random.nextInt(100) == 0) {
            figure = Money.masked(figure);
        }
        String name = year + "年" + SOURCES[fund] + purpose + (i + 1);
        return Fact.of("FundFlow", "gen-m" + i, name, year + "年" + purpose + figure.text() + "（" + SOURCES[fund]
                + "，第" + (i + 1) + "笔）。").with("flowType", type).with("purpose", purpose)
                .with("periodText", year + "年").with("periodYear", year)
                .quantity("amount", figure).with("amountYear", year)
                .to("FROM", from).to("TO", to).to("OF_FUND", fund(fund));
    }

    /** The kinds of node, in load order: everything a node links to is written before it. */
    enum Kind {
        PROVINCE, CITY, COUNTY, TOWN, VILLAGE, ORGANIZATION, CAMPAIGN, FUND, GROUP, PROJECT, RESPONSIBILITY,
        INDICATOR, FLOW, PAIRING
    }

    long count(Kind kind) {
        return switch (kind) {
            case PROVINCE -> 1;
            case CITY -> size.cities();
            case COUNTY -> size.counties();
            case TOWN -> size.towns();
            case VILLAGE -> size.villages();
            case ORGANIZATION -> size.organizations();
            case CAMPAIGN -> size.campaigns();
            case FUND -> Size.FUNDS;
            case GROUP -> size.beneficiaryGroups();
            case PROJECT -> size.projects();
            case RESPONSIBILITY -> size.responsibilities();
            case INDICATOR -> size.indicators();
            case FLOW -> size.flows();
            case PAIRING -> size.pairings();
        };
    }

    Fact fact(Kind kind, int i) {
        return switch (kind) {
            case PROVINCE, CITY, COUNTY, TOWN, VILLAGE -> regionFact(kind, i);
            case ORGANIZATION -> organizationFact(i);
            case CAMPAIGN -> campaignFact(i);
            case FUND -> fundFact(i);
            case GROUP -> groupFact(i);
            case PROJECT -> projectFact(i);
            case RESPONSIBILITY -> responsibilityFact(i);
            case INDICATOR -> indicatorFact(i);
            case FLOW -> flowFact(i);
            case PAIRING -> pairingFact(i);
        };
    }
}
