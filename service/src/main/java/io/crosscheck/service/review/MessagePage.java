package io.crosscheck.service.review;

/** A page that only says something (template {@code message.html}): not found, refused. */
public record MessagePage(StoryPage.Session session, String title, String text) {}
