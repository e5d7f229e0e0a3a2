// A small allocation load for the JVM's unified GC logging: allocates short- and long-lived objects,
// keeps a growing cache (so old-gen collections happen), calls System.gc() once, then exits.
import java.util.ArrayList;
import java.util.List;

public class GcLoad {
    public static void main(String[] args) throws Exception {
        List<byte[]> cache = new ArrayList<>();
        long sum = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 20000; i++) {
                byte[] b = new byte[1024 + (i % 7) * 128];
                sum += b.length;
                if (i % 50 == 0) {
                    cache.add(b);
                }
            }
            if (cache.size() > 8000) {
                cache.subList(0, 6000).clear();
            }
            if (round == 20) {
                System.gc();
            }
        }
        String s = "Café 東京 " + sum;
        System.out.println(s);
    }
}
