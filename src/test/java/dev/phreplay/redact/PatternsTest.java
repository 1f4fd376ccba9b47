package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternsTest {
    private static String apply(String pattern, String text) {
        return BuiltInPatterns.get(pattern).apply(text, new Tally());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "email|write to jane.doe+x@mail.example.co.uk today|write to ***************************** today",
        "email|a@b.io|******",
        "card|pay 4111 1111 1111 1111 now|pay **** **** **** **** now",
        "card|4242-4242-4242-4242|*******************",
        "card|378282246310005|***************",
        "phone|call +1 415 555 2671.|call ** *** *** ****.",
        "phone|(415) 555-2671|***** ********",
        "phone|+447946095800|*************",
        "phone|tel 555.123.4567|tel ************",
        "jwt|Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc-DEF_ghi|Bearer ************************************************",
        "apiKey|key sk_live_4eC39HqLyjWDarjtT1zdp7dc!|key ********************************!",
        "apiKey|AKIAIOSFODNN7EXAMPLE|********************",
        "apiKey|ghp_abcdefghijklmnopqrstuvwxyz0123456789|****************************************",
        "apiKey|phc_abcdefghijklmnopqrstuvwxyz0123456789|****************************************",
        "apiKey|Authorization: Bearer abcdefghijklmnop1234|Authorization: Bearer ********************",
        "secretField|{\"user\":\"ann\",\"password\":\"hunter2\"}|{\"user\":\"ann\",\"password\":\"*******\"}",
        "secretField|{\"csrfToken\": \"a\\\"b\"}|{\"csrfToken\": \"****\"}",
        "secretField|user=ann&passwd=hunter2&x=1|user=ann&passwd=*******&x=1",
        "secretField|login failed, PIN: 1234|login failed, PIN: ****",
        "secretField|{'client_secret': 'abc def'}|{'client_secret': '*** ***'}"})
    void replacesMatches(String pattern, String text, String expected) {
        assertEquals(expected, apply(pattern, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "card|4111 1111 1111 1112", "card|timestamp 1700000000000", "card|id 1234567890123456",
        "phone|2024-10-05", "phone|version 1.2.3", "phone|5551234567", "phone|width 100 200", "phone|order 12345-678",
        "email|not an @ address", "jwt|eyJ only", "apiKey|sk_live_short", "apiKey|task_list_items_are_here",
        "secretField|Forgot your password? Reset it", "secretField|author: Jane", "secretField|{\"monkey\": \"banana\"}",
        "secretField|spinner=true"})
    void leavesNonMatchesAlone(String pattern, String text) {
        assertEquals(text, apply(pattern, text));
    }

    @Test
    void luhnChecksTheDigitsOnly() {
        assertTrue(BuiltInPatterns.luhn("4111-1111-1111-1111"));
        assertFalse(BuiltInPatterns.luhn("4111-1111-1111-1121"));
        assertFalse(BuiltInPatterns.luhn("0"), "too short for a card");
    }

    @Test
    void countsEachMatchUnderThePatternRule() {
        Tally tally = new Tally();
        BuiltInPatterns.get("email").apply("a@b.io and c@d.io", tally);
        assertEquals(2L, tally.counts().get("pattern:email"));
    }

    @Test
    void customPatternsUseTheirLiteralReplacement() {
        TextPattern ssn = TextPattern.custom("ssn", "\\b\\d{3}-\\d{2}-\\d{4}\\b", "[ssn]");
        assertEquals("id [ssn], [ssn]", ssn.apply("id 123-45-6789, 987-65-4321", new Tally()));
        assertEquals("pattern:ssn", ssn.ruleId());
    }

    @Test
    void urlParametersAreRemovedWithTheirValues() {
        UrlParameters parameters = new UrlParameters(List.of("token", "code", "session"));
        Tally tally = new Tally();
        assertEquals("https://x.test/cb?state=1", parameters.strip("https://x.test/cb?code=abc&state=1", tally));
        assertEquals("https://x.test/cb?state=1", parameters.strip("https://x.test/cb?state=1&TOKEN=abc", tally));
        assertEquals("https://x.test/cb?a=1&b=2", parameters.strip("https://x.test/cb?a=1&code=x&b=2", tally));
        assertEquals("https://x.test/cb", parameters.strip("https://x.test/cb?code=x&token=y&session", tally));
        assertEquals("https://x.test/#state=1", parameters.strip("https://x.test/#token=abc&state=1", tally));
        assertEquals("https://x.test/?a=1#f", parameters.strip("https://x.test/?a=1&session=s#f", tally));
        assertEquals("see https://x.test/?a=1 and https://y.test/", parameters.strip("see https://x.test/?a=1&code=9 and https://y.test/?token=2", tally));
        assertEquals("https://x.test/?codes=1&mytoken=2", parameters.strip("https://x.test/?codes=1&mytoken=2", tally));
        assertEquals(10L, tally.counts().get("urlParameter"));
    }
}
