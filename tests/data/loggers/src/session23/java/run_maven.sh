#!/bin/bash
# Apache Maven 3.8.7 (Debian) + OpenJDK 17, offline (-o) against the local repository: a small project with no encoding set (platform encoding
# warning), a deprecated API (compiler warning), one failing and one erroring JUnit 5 test (surefire); then a second project with a compile error.
# -B (batch: no colour). Two files: the default console layout, and the same build with SLF4J simple logger date-times switched on
# (-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS, a common CI setting).
set -u; : "${CORPUS:?}"; W=$CORPUS/work/maven; rm -rf $W; mkdir -p $W $CORPUS/raw
J=5.10.2; RV=${RV:-3.3.1}; CV=${CV:-3.13.0}; SV=${SV:-3.2.5}   # plugin versions present in the local repository
mk() { # $1 dir, $2 main source
  mkdir -p $1/src/main/java/shop $1/src/test/java/shop
  cat > $1/pom.xml <<P
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>test.shop</groupId><artifactId>$(basename $1)</artifactId><version>1.0-SNAPSHOT</version>
<properties><maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target></properties>
<build><plugins>
<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>$RV</version></plugin>
<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>$CV</version></plugin>
<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>$SV</version></plugin>
</plugins></build>
<dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>$J</version><scope>test</scope></dependency></dependencies>
</project>
P
  printf '%s\n' "$2" > $1/src/main/java/shop/Prices.java
  cat > $1/src/test/java/shop/PricesTest.java <<'T'
package shop;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
public class PricesTest {
  @Test public void total() { assertEquals(1250, Prices.total(new int[]{500, 750})); }
  @Test public void vat() { assertEquals(1190, Prices.withVat(1000), "Preis für Köln"); }
  @Test public void missing() { Prices.lookup("sku-7"); }
}
T
}
mk $W/shop-prices 'package shop;
public class Prices {
  public static int total(int[] c) { int s = 0; for (int x : c) s += x; return s; }
  public static int withVat(int c) { return (int) (c * 1.2); }
  @Deprecated public static Integer boxed(int c) { return new Integer(c); }
  public static int lookup(String sku) { throw new IllegalStateException("no price for " + sku); }
}'
mk $W/shop-broken 'package shop;
public class Prices {
  public static int total(int[] c) { return c.length + ; }
}'
DT="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS"
for P in shop-prices shop-broken; do
  (cd $W/$P && TZ=UTC mvn -o -B test >> $W/maven_build.log 2>&1)
  (cd $W/$P && TZ=UTC mvn -o -B $DT test >> $W/maven_build_datetime.log 2>&1)
done
cp $W/maven_build.log $W/maven_build_datetime.log $CORPUS/raw/
