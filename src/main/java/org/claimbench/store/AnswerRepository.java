package org.claimbench.store;

import static org.claimbench.store.generated.Tables.AFFIRMATIVE_DEFENSE;
import static org.claimbench.store.generated.Tables.ANSWER_PLEADED;
import static org.claimbench.store.generated.Tables.ANSWER_RESPONSE;
import static org.claimbench.store.generated.Tables.DOCUMENT;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.ResponseStatus;
import org.jooq.DSLContext;

/** Answers read against the complaints they answer: a response per complaint paragraph, and the affirmative defenses. */
public final class AnswerRepository {

    private final DSLContext dsl;

    AnswerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Notes that {@code answerId} answers {@code complaintId} (null: nothing). */
    public void setAnswers(long answerId, Long complaintId) {
        Long caseId = complaintId == null ? null
                : dsl.select(DOCUMENT.CASE_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(complaintId)).fetchOne(DOCUMENT.CASE_ID);
        dsl.update(DOCUMENT).set(DOCUMENT.ANSWERS_CASE_ID, caseId).set(DOCUMENT.ANSWERS_ID, caseId == null ? null : complaintId)
                .where(DOCUMENT.ID.eq(answerId)).execute();
    }

    /** The complaint an Answer answers, if it says. */
    public Optional<Long> answers(long answerId) {
        return dsl.select(DOCUMENT.ANSWERS_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(answerId)).fetchOptional(DOCUMENT.ANSWERS_ID);
    }

    /** Stores an Answer's responses, one per paragraph of the complaint it answers, in the complaint's order. */
    public void insertResponses(long answerId, long complaintId, List<AnswerResponse> responses) {
        int ordinal = 0;
        for (AnswerResponse r : responses) {
            dsl.insertInto(ANSWER_RESPONSE)
                    .set(ANSWER_RESPONSE.ANSWER_ID, answerId)
                    .set(ANSWER_RESPONSE.COMPLAINT_ID, complaintId)
                    .set(ANSWER_RESPONSE.ORDINAL, ordinal++)
                    .set(ANSWER_RESPONSE.PARAGRAPH, r.paragraph())
                    .set(ANSWER_RESPONSE.STATUS, r.status().name())
                    .set(ANSWER_RESPONSE.START_OFFSET, r.status() == ResponseStatus.NOT_ANSWERED ? -1 : r.start())
                    .set(ANSWER_RESPONSE.END_OFFSET, r.status() == ResponseStatus.NOT_ANSWERED ? -1 : r.end())
                    .set(ANSWER_RESPONSE.FIRST_PAGE, r.first() == null ? null : r.first().page())
                    .set(ANSWER_RESPONSE.FIRST_LINE, r.first() == null ? null : r.first().line())
                    .set(ANSWER_RESPONSE.LAST_PAGE, r.last() == null ? null : r.last().page())
                    .set(ANSWER_RESPONSE.LAST_LINE, r.last() == null ? null : r.last().line())
                    .set(ANSWER_RESPONSE.ADMITTED, r.admitted())
                    .set(ANSWER_RESPONSE.FORM, r.form() == null ? null : r.form().length() > 60 ? r.form().substring(0, 60) : r.form())
                    .execute();
        }
    }

    /** Forgets an Answer's responses (before it is read again against its complaint). */
    public void deleteResponses(long answerId) {
        dsl.deleteFrom(ANSWER_RESPONSE).where(ANSWER_RESPONSE.ANSWER_ID.eq(answerId)).execute();
    }

    /** An Answer's responses, in the order of the complaint's paragraphs. */
    public List<AnswerResponse> responses(long answerId) {
        return dsl.selectFrom(ANSWER_RESPONSE).where(ANSWER_RESPONSE.ANSWER_ID.eq(answerId)).orderBy(ANSWER_RESPONSE.ORDINAL)
                .fetch(r -> new AnswerResponse(r.getParagraph(), ResponseStatus.valueOf(r.getStatus()), r.getStartOffset(), r.getEndOffset(),
                        pageLine(r.getFirstPage(), r.getFirstLine()), pageLine(r.getLastPage(), r.getLastLine()), r.getAdmitted(), r.getForm()));
    }

    public void insertDefenses(long answerId, List<AffirmativeDefense> defenses) {
        for (AffirmativeDefense d : defenses) {
            dsl.insertInto(AFFIRMATIVE_DEFENSE)
                    .set(AFFIRMATIVE_DEFENSE.ANSWER_ID, answerId)
                    .set(AFFIRMATIVE_DEFENSE.ORDINAL, d.ordinal())
                    .set(AFFIRMATIVE_DEFENSE.TITLE, d.title().length() > 1000 ? d.title().substring(0, 1000) : d.title())
                    .set(AFFIRMATIVE_DEFENSE.START_OFFSET, d.start())
                    .set(AFFIRMATIVE_DEFENSE.END_OFFSET, d.end())
                    .set(AFFIRMATIVE_DEFENSE.FIRST_PAGE, d.first() == null ? null : d.first().page())
                    .set(AFFIRMATIVE_DEFENSE.FIRST_LINE, d.first() == null ? null : d.first().line())
                    .set(AFFIRMATIVE_DEFENSE.LAST_PAGE, d.last() == null ? null : d.last().page())
                    .set(AFFIRMATIVE_DEFENSE.LAST_LINE, d.last() == null ? null : d.last().line())
                    .execute();
        }
    }

    public List<AffirmativeDefense> defenses(long answerId) {
        return dsl.selectFrom(AFFIRMATIVE_DEFENSE).where(AFFIRMATIVE_DEFENSE.ANSWER_ID.eq(answerId)).orderBy(AFFIRMATIVE_DEFENSE.ORDINAL)
                .fetch(r -> new AffirmativeDefense(r.getOrdinal(), r.getTitle(), r.getStartOffset(), r.getEndOffset(),
                        pageLine(r.getFirstPage(), r.getFirstLine()), pageLine(r.getLastPage(), r.getLastLine())));
    }

    /** An Answer's responses as it pleads them, in its order (paragraph numbers kept one a line). */
    public void insertPleaded(long answerId, List<org.claimbench.domain.PleadedResponse> pleaded) {
        int ordinal = 0;
        for (org.claimbench.domain.PleadedResponse r : pleaded) {
            String paragraphs = r.paragraphs().isEmpty() ? null : String.join("\n", r.paragraphs());
            dsl.insertInto(ANSWER_PLEADED)
                    .set(ANSWER_PLEADED.ANSWER_ID, answerId)
                    .set(ANSWER_PLEADED.ORDINAL, ordinal++)
                    .set(ANSWER_PLEADED.SCOPE, r.scope().name())
                    .set(ANSWER_PLEADED.PARAGRAPHS, paragraphs == null || paragraphs.length() <= 4000 ? paragraphs : paragraphs.substring(0, 4000))
                    .set(ANSWER_PLEADED.STATUS, r.status().name())
                    .set(ANSWER_PLEADED.START_OFFSET, r.start())
                    .set(ANSWER_PLEADED.END_OFFSET, r.end())
                    .set(ANSWER_PLEADED.FIRST_PAGE, r.first() == null ? null : r.first().page())
                    .set(ANSWER_PLEADED.FIRST_LINE, r.first() == null ? null : r.first().line())
                    .set(ANSWER_PLEADED.LAST_PAGE, r.last() == null ? null : r.last().page())
                    .set(ANSWER_PLEADED.LAST_LINE, r.last() == null ? null : r.last().line())
                    .set(ANSWER_PLEADED.ADMITTED, r.admitted())
                    .set(ANSWER_PLEADED.FORM, r.form() == null ? null : r.form().length() > 60 ? r.form().substring(0, 60) : r.form())
                    .execute();
        }
    }

    /** An Answer's responses as it pleads them. */
    public List<org.claimbench.domain.PleadedResponse> pleaded(long answerId) {
        return dsl.selectFrom(ANSWER_PLEADED).where(ANSWER_PLEADED.ANSWER_ID.eq(answerId)).orderBy(ANSWER_PLEADED.ORDINAL)
                .fetch(r -> new org.claimbench.domain.PleadedResponse(org.claimbench.domain.ResponseScope.valueOf(r.getScope()),
                        r.getParagraphs() == null ? List.of() : List.of(r.getParagraphs().split("\n")), ResponseStatus.valueOf(r.getStatus()),
                        r.getStartOffset(), r.getEndOffset(), pageLine(r.getFirstPage(), r.getFirstLine()),
                        pageLine(r.getLastPage(), r.getLastLine()), r.getAdmitted(), r.getForm()));
    }

    private static PageLine pageLine(Integer page, Integer line) {
        return page == null || line == null ? null : new PageLine(page, line);
    }
}
