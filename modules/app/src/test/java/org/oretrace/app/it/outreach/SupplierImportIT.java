package org.oretrace.app.it.outreach;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An ERP export as purchasing sends it: semicolons, Windows-1252, quotes, and rows that must not go in. */
class SupplierImportIT {

    private static final String HEADER = "Vendor Number;Name 1;Country;Commodity;E-Mail;Contact Person;Telephone;Language;"
            + "Buyer;Buyer E-Mail;3TG relevant;CM Clause;Clause Date";

    private static final List<String> ROWS = List.of(
            "IM-100001;Müller Stanzteile GmbH;DE;Ferrous;vertrieb@mueller-stanz.test;Jürgen Müller;+49 711 1234;de;Petra Einkauf;petra.einkauf@corp.test;X;yes;2023-04-01",
            "IM-100002;\"Kabelwerk Süd; Werk 2\";DE;Electrical;info@kabelwerk-sued.test;Anna Weber;;de;Petra Einkauf;petra.einkauf@corp.test;1;no;",
            "IM-100003;Precision Castings Inc.;US;Metallic;sales@precast.test;John Smith;+1 312 555 0100;en;Bob Buyer;bob.buyer@corp.test;yes;yes;15.03.2022",
            "IM-100004;Shenzhen Bright Electronics Co., Ltd.;CN;Electrical;cmrt@bright-elec.test;Li Wei;+86 755 0000;zh;Bob Buyer;bob.buyer@corp.test;yes;;",
            "IM-100005;Office Supplies Direct;US;Other;orders@officesupplies.test;;;en;Bob Buyer;bob.buyer@corp.test;no;;",
            ";Nameless Row Corp;US;Metallic;x@nameless.test;;;en;;;yes;;",
            "IM-100007;Fonderie Lyonnaise SA;FR;Ferrous;info(at)fonderie.test;Marie Dubois;;fr;Petra Einkauf;petra.einkauf@corp.test;yes;;",
            "IM-100008;Chem Solutions BV;NL;Chemicals;info@chem.test;;;nl;;;yes;;",
            "IM-100003;Precision Castings Duplicate;US;Metallic;dup@precast.test;;;en;;;yes;;",
            "IM-100010;Tin Solder Works;MY;Metallic;sales@tinsolder.test;Ahmad;;en;Bob Buyer;bob.buyer@corp.test;maybe;;",
            "IM-100011;Gold Contacts Ltd;GB;Electrical;info@goldcontacts.test;;;en;Bob Buyer;bob.buyer@corp.test;yes;yes;31/31/2020",
            "IM-100012;Tungsten Tools AG;CH;Metallic;info@wtools.test;Hans Keller;;de;Petra Einkauf;petra.einkauf@corp.test;yes;yes;2021-01-15");

    @Test
    void anErpPushesItsListWithPutAndEachSupplierIsSavedOrRefusedOnItsOwn() {
        Api api = Api.asAdmin();
        Api.Response first = api.putJson("/api/suppliers", """
                [{"supplierNumber":"PU-1","name":"Pushed One Ltd","category":"Metallic","inScope":true,
                  "contacts":[{"name":"Una","email":"una@pushed.test","primary":true}]},
                 {"supplierNumber":"PU-2","name":"Pushed Two Ltd","category":"Electrical","inScope":true}]""");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("created")).isEqualTo(2);
        assertThat(first.json().getJsonArray("rejected")).isEmpty();

        Api.Response second = api.putJson("/api/suppliers", """
                [{"supplierNumber":"PU-1","name":"Pushed One Ltd","country":"Ireland"},
                 {"supplierNumber":"PU-2","name":"Pushed Two Ltd"},
                 {"supplierNumber":"PU-3","name":"Pushed Three","category":"No Such Category"},
                 {"name":"Nameless"},
                 {"supplierNumber":"PU-5","name":"%s"},
                 {"supplierNumber":"PU-6","name":"Pushed Six Ltd"}]""".formatted("Too Long A Name ".repeat(20)));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonObject counts = second.json();
        assertThat(counts.getInt("created")).as("PU-6").isEqualTo(1);
        assertThat(counts.getInt("updated")).isEqualTo(1);
        assertThat(counts.getInt("unchanged")).isEqualTo(1);
        List<String> errors = counts.getJsonArray("rejected").stream().map(v -> ((JsonObject) v).getString("error")).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("Unknown category 'No Such Category'");
        assertThat(errors.get(1)).isEqualTo("supplierNumber is required");
        // a name longer than its limit is refused by the supplier's own checks (before the database would); the others are saved
        assertThat(errors.get(2)).startsWith("Supplier name: at most 300 characters");
        assertThat(api.get("/api/suppliers/PU-5").status()).isEqualTo(404);
        assertThat(api.get("/api/suppliers/PU-6").json().getString("name")).isEqualTo("Pushed Six Ltd");
        assertThat(api.get("/api/suppliers/PU-1").json().getString("country")).isEqualTo("Ireland");
        assertThat(api.get("/api/suppliers/PU-3").status()).isEqualTo(404);

        // issue 18: the list answers pages with the total in a header, and each supplier with its contacts
        Api.Response page = api.get("/api/suppliers?q=pushed&max=2");
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.jsonArray().getValuesAs(JsonObject.class)).extracting(x -> x.getString("supplierNumber"))
                .containsExactly("PU-1", "PU-6");
        assertThat(page.jsonArray().getJsonObject(0).getJsonArray("contacts").getJsonObject(0).getString("email"))
                .isEqualTo("una@pushed.test");
        assertThat(api.get("/api/suppliers?q=pushed&first=2&max=2").jsonArray().getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("supplierNumber")).containsExactly("PU-2");

        // a single refusal through POST is a 400 with the sentence, not a stack trace
        Api.Response refused = api.postJson("/api/suppliers", "{\"supplierNumber\":\"PU-4\",\"name\":\"Bad Mail\","
                + "\"contacts\":[{\"name\":\"X\",\"email\":\"not-an-address\"}]}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("Not an email address: not-an-address");
    }

    @Test
    void aRealLookingExportImportsTheGoodRowsAndExplainsTheBadOnes() throws Exception {
        Api api = Api.asAdmin();
        byte[] csv = (HEADER + "\r\n" + String.join("\r\n", ROWS) + "\r\n").getBytes(Charset.forName("windows-1252"));

        JsonObject result = importFile(api, "vendors.csv", csv);

        assertThat(result.getInt("created")).isEqualTo(6);
        assertThat(result.getInt("updated")).isZero();
        assertThat(result.getInt("rejected")).isEqualTo(6);
        JsonArray rejected = result.getJsonArray("rejectedRows");
        assertThat(problems(rejected, 7)).containsExactly("no supplier number");
        assertThat(problems(rejected, 8)).containsExactly("contact email 'info(at)fonderie.test' is not an email address");
        assertThat(problems(rejected, 9).get(0)).startsWith("unknown category 'Chemicals' (known: Ferrous, Metallic, Electrical, Other");
        assertThat(problems(rejected, 10)).containsExactly("supplier number IM-100003 also on line 4");
        assertThat(problems(rejected, 11)).containsExactly("in scope 'maybe' is not yes or no");
        assertThat(problems(rejected, 12)).containsExactly("date '31/31/2020' not understood (use 2024-03-15)");

        JsonObject mueller = api.get("/api/suppliers/IM-100001").json();
        assertThat(mueller.getString("name")).isEqualTo("Müller Stanzteile GmbH");
        assertThat(mueller.getString("category")).isEqualTo("Ferrous");
        assertThat(mueller.getString("ownerEmail")).isEqualTo("petra.einkauf@corp.test");
        assertThat(mueller.getBoolean("contractClause")).isTrue();
        assertThat(mueller.getString("contractClauseDate")).isEqualTo("2023-04-01");
        JsonObject contact = mueller.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getString("email")).isEqualTo("vertrieb@mueller-stanz.test");
        assertThat(contact.getString("language")).isEqualTo("de");
        assertThat(contact.getBoolean("primary")).isTrue();
        assertThat(api.get("/api/suppliers/IM-100002").json().getString("name")).isEqualTo("Kabelwerk Süd; Werk 2");
        assertThat(api.get("/api/suppliers/IM-100003").json().getString("contractClauseDate")).isEqualTo("2022-03-15");
        // "3TG relevant: no" is the status Out of scope, with a reason: one concept, no separate flag
        JsonObject office = api.get("/api/suppliers/IM-100005").json();
        assertThat(office.getString("status")).isEqualTo("OUT_OF_SCOPE");
        assertThat(office.getString("statusReason")).isEqualTo("Not relevant for 3TG according to the ERP export");
        assertThat(office.getBoolean("inScope")).isFalse();
        assertThat(office.containsKey("scopeReason")).isFalse();
        // the old way of saying it is refused with the new one named, a contradiction too
        Api.Response old = api.postJson("/api/suppliers", """
                {"supplierNumber":"IM-100005","name":"Office Supplies Direct","inScope":false,"scopeReason":"office supplies"}""");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.body()).contains("OUT_OF_SCOPE").contains("statusReason");
        assertThat(api.postJson("/api/suppliers", """
                {"supplierNumber":"IM-100005","name":"Office Supplies Direct","inScope":true,"status":"OUT_OF_SCOPE","statusReason":"x"}""")
                .status()).isEqualTo(400);
        assertThat(api.get("/api/suppliers/IM-100007").status()).isEqualTo(404);

        // next month's export as Excel: one supplier renamed, one fixed, the rest as before
        List<String> next = new java.util.ArrayList<>(ROWS);
        next.set(0, next.get(0).replace("Müller Stanzteile GmbH", "Müller Stanztechnik GmbH"));
        next.set(6, next.get(6).replace("info(at)fonderie.test", "info@fonderie.test"));
        JsonObject second = importFile(api, "vendors.xlsx", workbook(next));
        assertThat(second.getInt("created")).isEqualTo(1);
        assertThat(second.getInt("updated")).isEqualTo(1);
        assertThat(second.getInt("unchanged")).isEqualTo(5);
        assertThat(second.getInt("rejected")).isEqualTo(5);
        assertThat(api.get("/api/suppliers/IM-100001").json().getString("name")).isEqualTo("Müller Stanztechnik GmbH");
        assertThat(api.get("/api/suppliers/IM-100001").json().getJsonArray("contacts")).hasSize(1);
    }

    @Test
    void aFileWithoutASupplierNumberColumnIsRefusedWithTheReason() {
        Api.Response response = Api.asAdmin().postFile("/api/suppliers/import", "file", "contacts.csv",
                "Name,Email\nAcme,info@acme.test\n".getBytes());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Map a column to Supplier number");
    }

    private static JsonObject importFile(Api api, String name, byte[] content) {
        Api.Response response = api.postFile("/api/suppliers/import", "file", name, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> problems(JsonArray rejected, int line) {
        return rejected.stream().map(v -> (JsonObject) v).filter(r -> r.getInt("line") == line).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + " not rejected: " + rejected))
                .getJsonArray("problems").stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static byte[] workbook(List<String> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Vendors");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Splits like a CSV reader would, so the workbook holds the same cells as the CSV. */
    private static void write(Row row, String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }
}
