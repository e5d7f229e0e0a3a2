/** The made-up shop's texts, shared by every Java program here. */
public final class Shop {
    private Shop() { }

    static final String[] CUSTOMERS = {
        "Café Zoë in 東京", "O'Brien \"Bob\" <vip> & co", "tab\there", "Łódź ½ ☃", "back\\slash C:\\shop"};
    static final String MULTI = "multi-line report:\nline two\n\tline three";
    static final String CDATA_END = "CDATA end ]]> inside, and <![CDATA[ too";
    static final String CONTROL = "terminal colour \u001b[31mred\u001b[0m reset";
    static final String WARN = "orders folder C:\\shop\\orders is almost full (91%)";

    /** A failed checkout: an IllegalStateException caused by a NumberFormatException. */
    static Exception failure() {
        try {
            try {
                Integer.parseInt("12x");
            } catch (NumberFormatException e) {
                throw new IllegalStateException("checkout of order 1006 failed", e);
            }
        } catch (IllegalStateException e) {
            return e;
        }
        return null;
    }
}
