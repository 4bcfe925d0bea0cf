package org.newsroom.it.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** Requests released together, one thread each, as a race needs them: the answers grouped by status. */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /** Sends {@code count} requests ({@code request} gets 0 … count−1) at the same moment; the answers by status. */
    public static Map<Integer, List<HttpResponse<String>>> send(int count, IntFunction<HttpResponse<String>> request) {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                pending.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return request.apply(n);
                }, senders));
            }
            start.countDown();
            Map<Integer, List<HttpResponse<String>>> byStatus = new TreeMap<>();
            for (CompletableFuture<HttpResponse<String>> answer : pending) {
                HttpResponse<String> response = answer.join();
                byStatus.computeIfAbsent(response.statusCode(), s -> new ArrayList<>()).add(response);
            }
            return byStatus;
        } finally {
            senders.shutdownNow();
        }
    }
}
