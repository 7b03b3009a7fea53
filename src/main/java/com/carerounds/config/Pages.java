package com.carerounds.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The browser's pages, as against the API: they redirect to the sign-in form and answer in HTML. */
final class Pages {

    private Pages() {
    }

    /** The path within the application (the servlet path is empty under some dispatchers and in MockMvc). */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isPage(HttpServletRequest request) {
        String path = pathOf(request);
        return !(path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui"));
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>无权访问 · CareRounds</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/assets/app.css"></head>
                <body><main class="page"><h1 id="forbidden">无权访问此页面</h1>
                <p lang="en">Your role may not open this page.</p><p><a href="/">返回我的首页 · My start page</a></p>
                </main></body></html>
                """.getBytes(StandardCharsets.UTF_8));
    }
}
