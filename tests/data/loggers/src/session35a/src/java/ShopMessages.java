import java.util.ListResourceBundle;

/** JUL resource bundle: the logged key is localised by XMLFormatter (message) and kept (key, catalog). */
public class ShopMessages extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"shop.stopped", "shop stopped after {0} requests"},
            {"shop.starting", "shop starting, version {0}"},
        };
    }
}
