package org.claimbench.store;

public class TmpServer {
    public static void main(String[] a) throws Exception {
        String url = TestPostgres.freshUrl();
        System.out.println("URL " + url + " PORT " + TestPostgres.port());
        System.out.flush();
        Thread.sleep(40 * 60 * 1000L);
    }
}
