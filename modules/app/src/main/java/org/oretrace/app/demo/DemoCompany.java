package org.oretrace.app.demo;

import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's cast: a transmissions manufacturer modeled on the seed filing, its 77 direct suppliers
 * in three categories, and which of them answer when. Everything follows from one seed, so the demo
 * is the same every time.
 */
final class DemoCompany {

    static final int REPORTING_YEAR = 2023;
    static final LocalDate LAUNCH = LocalDate.of(2024, 1, 15);
    static final LocalDate DUE = LocalDate.of(2024, 3, 29);
    static final LocalDate TODAY = LocalDate.of(2024, 5, 20);
    static final String REGISTRANT = "Meridian Drivetrain Holdings, Inc.";

    static final int SUPPLIERS = 77;
    static final int RESPONSES = 58;
    /** Responses with the typical defects that need follow-up (the rest are clean). */
    static final int DEFECTIVE = 10;

    private static final String[] PLACES = {"Hoosier", "Great Lakes", "Midwest", "Keystone", "Summit", "Riverside",
            "Ironbridge", "Allegheny", "Prairie", "Lakeshore", "Tri-State", "Northfield", "Cardinal", "Liberty", "Pioneer",
            "Heartland", "Crescent", "Granite", "Harbor", "Valley", "Apex", "Sterling", "Orion", "Delta", "Titan",
            "Vanguard", "Beacon", "Frontier", "Atlas", "Wabash", "Hanseatic", "Rhein", "Bajío", "Shenzhen Huaxin",
            "Osaka Seimitsu", "Daegu", "Pune"};
    private static final String[][] TRADES = {
            {"Castings", "Forge", "Steel Works", "Gear", "Foundry", "Bar & Tube"},
            {"Precision Machining", "Stampings", "Fasteners", "Bearings", "Springs", "Alloys"},
            {"Electronics", "Controls", "Sensors", "Wire & Cable", "Connectors", "Circuits"}};
    static final String[] CATEGORIES = {"Ferrous", "Metallic", "Electrical"};
    private static final String[] FORMS = {"Inc.", "LLC", "Corp.", "GmbH", "Co., Ltd.", "S.A. de C.V.", "Ltd."};
    private static final String[] COUNTRIES = {"US", "US", "US", "US", "DE", "MX", "CN", "JP", "KR", "IN"};
    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hiro", "Ines",
            "Jonas", "Karin", "Luis", "Mei", "Nora", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Adams", "Becker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes",
            "Ito", "Jensen", "Kim", "Lopez", "Meyer", "Novak", "Okafor", "Patel", "Quist", "Rossi", "Schmidt", "Tanaka"};
    private static final String[] BUYERS = {"Rachel Moore", "Tom Brennan", "Angela Ruiz", "Kevin Walsh"};

    /** One direct supplier and what it will do in the campaign. */
    record DemoSupplier(int index, String number, String name, String category, String country, String contactName,
                        String contactEmail, String contactPhone, String buyer, List<Metal> metals,
                        LocalDate respondsOn, Defect defect, boolean productLevel) {

        boolean responds() {
            return respondsOn != null;
        }
    }

    /** The typical problems of returned CMRTs that make a declaration need follow-up. */
    enum Defect {
        NONE, MISSING_CONTACT_EMAIL, INVALID_EMAIL, PRODUCTS_MISSING, FUTURE_DATE, METAL_WITHOUT_SMELTERS,
        NOT_LISTED_WITHOUT_COUNTRY, UNKNOWN_SMELTER_ID, CONTACT_SAME, POLICY_URL_MISSING, MISSING_ANSWER
    }

    private DemoCompany() {
    }

    static List<DemoSupplier> suppliers() {
        Random random = new Random(REPORTING_YEAR);
        Set<String> names = new LinkedHashSet<>();
        List<DemoSupplier> result = new ArrayList<>();
        List<Integer> responders = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            responders.add(i);
        }
        java.util.Collections.shuffle(responders, random);
        Set<Integer> responding = new java.util.HashSet<>(responders.subList(0, RESPONSES));
        List<Integer> order = responders.subList(0, RESPONSES);
        int defects = 0;
        for (int i = 0; i < SUPPLIERS; i++) {
            int category = i < 30 ? 0 : i < 57 ? 1 : 2;
            String name;
            do {
                name = PLACES[random.nextInt(PLACES.length)] + " " + TRADES[category][random.nextInt(TRADES[category].length)]
                        + " " + FORMS[random.nextInt(FORMS.length)];
            } while (!names.add(name));
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            List<Metal> metals = switch (category) {
                case 0 -> random.nextBoolean() ? List.of(Metal.TIN, Metal.TUNGSTEN) : List.of(Metal.TIN);
                case 1 -> random.nextBoolean() ? List.of(Metal.TIN, Metal.TANTALUM, Metal.TUNGSTEN) : List.of(Metal.TIN, Metal.GOLD);
                default -> List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
            };
            LocalDate respondsOn = null;
            Defect defect = Defect.NONE;
            if (responding.contains(i)) {
                int rank = order.indexOf(i);
                // most answer around the due date, a few early and some late
                respondsOn = LAUNCH.plusDays(8 + (long) rank * 100 / RESPONSES + random.nextInt(6));
                if (defects < DEFECTIVE && rank % 6 == 2) {
                    defect = Defect.values()[1 + defects];
                    defects++;
                }
            }
            String number = String.format("S-%05d", 10400 + i * 7);
            String countryCode = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String email = (first + "." + last).toLowerCase() + "@" + domain(name);
            boolean productLevel = defect == Defect.PRODUCTS_MISSING || random.nextInt(3) == 0;
            result.add(new DemoSupplier(i, number, name, CATEGORIES[category], countryCode, first + " " + last, email,
                    "+1 317 555 " + String.format("%04d", 1000 + i), BUYERS[i % BUYERS.length], metals, respondsOn,
                    defect, productLevel));
        }
        return result;
    }

    private static String domain(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "")
                .replaceAll("(inc|llc|corp|gmbh|coltd|sadecv|ltd)$", "") + ".example";
    }

    static String buyerEmail(String buyer) {
        return buyer.toLowerCase().replace(' ', '.') + "@meridian-drivetrain.example";
    }
}
