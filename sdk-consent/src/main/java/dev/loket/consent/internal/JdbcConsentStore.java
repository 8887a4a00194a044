package dev.loket.consent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loket.consent.ChainVerification;
import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentProblems;
import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentState;
import dev.loket.consent.ConsentState.Status;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.LegalBasis;
import dev.loket.consent.Purpose;
import dev.loket.consent.PurposeRegistry;
import dev.loket.identity.Representation;
import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Json;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Consent records in {@code consent_event}. The store only ever inserts (there is no UPDATE or
 * DELETE in this class). A new event reads the subject's last event, checks that it fits the
 * consent's current state, and is inserted with the next sequence number; when another writer took
 * that number first, the unique key fails and the whole step is repeated on the new state, so the
 * chain stays one line even with several application instances.
 */
public final class JdbcConsentStore implements ConsentStore {

    static final String BUNDLE = "dev.loket.consent.messages";
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ATTEMPTS = 20;
    static final String COLUMNS = "id, subject, sequence_number, controller, purpose_id, event_type, "
            + "data_categories, legal_basis, notice_version, channel, actor, actor_role, mandate_reference, "
            + "occurred_at, expires_at, previous_hash, hash, on_behalf_of, actor_place";

    private final DataSource dataSource;
    private final PurposeRegistry purposes;
    private final Clock clock;
    private final List<Consumer<ConsentEvent>> listeners = new CopyOnWriteArrayList<>();

    public JdbcConsentStore(DataSource dataSource, PurposeRegistry purposes, Clock clock) {
        this.dataSource = dataSource;
        this.purposes = purposes;
        this.clock = clock;
    }

    @Override
    public ConsentEvent give(ConsentRequest request) {
        Set<String> categories = consentCategories(request);
        return append(request.subject(), request.controller(), request.purposeId(), (current, draft) -> {
            if (current.filter(ConsentState::isGiven).isPresent()) {
                throw wrongState("consent.already-given");
            }
            return draft.event(ConsentEvent.Type.GIVEN, categories, LegalBasis.CONSENT, request);
        });
    }

    @Override
    public ConsentEvent refuse(ConsentRequest request) {
        Set<String> categories = consentCategories(request);
        return append(request.subject(), request.controller(), request.purposeId(), (current, draft) -> {
            if (current.filter(ConsentState::isGiven).isPresent()) {
                throw wrongState("consent.refuse-while-given");
            }
            // A refusal has no term: it stands until the subject gives consent.
            return draft.build(ConsentEvent.Type.REFUSED, categories, LegalBasis.CONSENT, request.noticeVersion(),
                    request.channel(), request.representation(), Optional.empty());
        });
    }

    @Override
    public ConsentEvent withdraw(String subject, String controller, String purposeId, Channel channel,
                                 Optional<Representation> representation) {
        Pseudonyms.require(subject, "subject");
        representation.ifPresent(by -> Pseudonyms.requireActingFor(by, subject));
        return append(subject, controller, purposeId, (current, draft) -> {
            ConsentEvent given = current.filter(ConsentState::isGiven)
                    .orElseThrow(() -> wrongState("consent.nothing-to-withdraw")).event();
            // What is withdrawn is exactly what was given: same categories, basis and notice.
            return draft.build(ConsentEvent.Type.WITHDRAWN, given.dataCategories(), given.basis(),
                    given.noticeVersion(), channel, representation, Optional.empty());
        });
    }

    @Override
    public ConsentEvent renew(ConsentRequest request) {
        Set<String> categories = consentCategories(request);
        return append(request.subject(), request.controller(), request.purposeId(), (current, draft) -> {
            Status status = current.map(ConsentState::status).orElse(null);
            if (status != Status.GIVEN && status != Status.EXPIRED) {
                throw wrongState("consent.nothing-to-renew");
            }
            return draft.event(ConsentEvent.Type.RENEWED, categories, LegalBasis.CONSENT, request);
        });
    }

    @Override
    public List<ConsentEvent> history(String subject) {
        Pseudonyms.require(subject, "subject");
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM consent_event WHERE subject = ? ORDER BY sequence_number")) {
            select.setString(1, subject);
            List<ConsentEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(read(row));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the consent history of a subject", e);
        }
    }

    @Override
    public Optional<ConsentState> current(String subject, String controller, String purposeId) {
        Pseudonyms.require(subject, "subject");
        try (Connection c = dataSource.getConnection()) {
            return last(c, subject, controller, purposeId).map(event -> ConsentState.of(event, clock.instant()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the consent of a subject for " + purposeId, e);
        }
    }

    /**
     * Walks the chain from sequence 1: each event must sit at its place, point to the hash before it
     * and still match its own hash. A place whose event was purged is passed with the hash kept in
     * {@code consent_event_purged}; a place with neither is a missing event.
     */
    @Override
    public ChainVerification verify(String subject) {
        List<ConsentEvent> events = history(subject);
        Map<Long, String> purged = purgedHashes(subject);
        String previous = ConsentEvent.GENESIS;
        long expected = 1;
        for (int i = 0; i < events.size(); i++) {
            ConsentEvent event = events.get(i);
            while (event.sequence() > expected && purged.containsKey(expected)) {
                previous = purged.get(expected++);
            }
            ChainVerification.Reason reason = null;
            if (event.sequence() != expected) {
                reason = ChainVerification.Reason.EVENT_MISSING;
            } else if (!event.previousHash().equals(previous)) {
                reason = ChainVerification.Reason.LINK_BROKEN;
            } else if (!EventHash.of(event).equals(event.hash())) {
                reason = ChainVerification.Reason.CONTENT_CHANGED;
            }
            if (reason != null) {
                return new ChainVerification(i + 1, Optional.of(new ChainVerification.Break(expected, event.id(), reason)));
            }
            previous = event.hash();
            expected++;
        }
        return new ChainVerification(events.size(), Optional.empty());
    }

    private Map<Long, String> purgedHashes(String subject) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT sequence_number, hash FROM consent_event_purged WHERE subject = ?")) {
            select.setString(1, subject);
            Map<Long, String> hashes = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    hashes.put(row.getLong(1), row.getString(2));
                }
            }
            return hashes;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purged events of a subject", e);
        }
    }

    @Override
    public void subscribe(Consumer<ConsentEvent> listener) {
        listeners.add(listener);
    }

    /** The categories a consent request covers, after checking the purpose exists and rests on consent. */
    private Set<String> consentCategories(ConsentRequest request) {
        Purpose purpose = purposes.find(request.controller(), request.purposeId()).orElseThrow(() ->
                new LoketException(ConsentProblems.UNKNOWN_PURPOSE, Message.of(BUNDLE, "consent.unknown-purpose",
                        request.controller(), request.purposeId())));
        if (purpose.basis() != LegalBasis.CONSENT) {
            throw new LoketException(ConsentProblems.NOT_CONSENT_BASED, Message.of(BUNDLE, "consent.not-consent-based",
                    purpose.id(), purpose.basis().article()));
        }
        if (!purpose.covers(request.dataCategories())) {
            Set<String> outside = new TreeSet<>(request.dataCategories());
            outside.removeAll(purpose.dataCategories());
            throw new LoketException(ConsentProblems.CATEGORIES_NOT_COVERED, Message.of(BUNDLE,
                    "consent.categories-not-covered", String.join(", ", outside), purpose.id()));
        }
        return request.dataCategories().isEmpty() ? purpose.dataCategories() : request.dataCategories();
    }

    private static LoketException wrongState(String key) {
        return new LoketException(ConsentProblems.WRONG_STATE, Message.of(BUNDLE, key));
    }

    /** Decides the next event from the consent's current state; throws when the event does not fit. */
    private interface Transition {
        ConsentEvent next(Optional<ConsentState> current, Draft draft);
    }

    /** The parts of the next event that the store decides: its place in the chain and its time. */
    private record Draft(String subject, String controller, String purposeId, long sequence, String previousHash,
                         Instant now) {

        ConsentEvent event(ConsentEvent.Type type, Set<String> categories, LegalBasis basis, ConsentRequest request) {
            Optional<Instant> expires = request.validity().map(period -> now.atOffset(ZoneOffset.UTC).plus(period).toInstant());
            return build(type, categories, basis, request.noticeVersion(), request.channel(), request.representation(),
                    expires);
        }

        ConsentEvent build(ConsentEvent.Type type, Set<String> categories, LegalBasis basis, String notice,
                           Channel channel, Optional<Representation> representation, Optional<Instant> expires) {
            ConsentEvent unhashed = new ConsentEvent(UUID.randomUUID(), subject, sequence, controller, purposeId, type,
                    categories, basis, notice, channel, representation, now, expires, previousHash, "");
            return new ConsentEvent(unhashed.id(), subject, sequence, controller, purposeId, type, categories, basis,
                    notice, channel, representation, now, expires, previousHash, EventHash.of(unhashed));
        }
    }

    private ConsentEvent append(String subject, String controller, String purposeId, Transition transition) {
        for (int attempt = 1; ; attempt++) {
            ConsentEvent written;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    Position position = position(c, subject, controller, purposeId);
                    Optional<ConsentState> current = position.consentLast().map(event -> ConsentState.of(event, now));
                    Draft draft = position.chainEnd()
                            .map(last -> new Draft(subject, controller, purposeId, last.sequence() + 1, last.hash(), now))
                            .orElseGet(() -> new Draft(subject, controller, purposeId, 1, ConsentEvent.GENESIS, now));
                    written = transition.next(current, draft);
                    insert(c, written);
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == MAX_ATTEMPTS) {
                        throw e;
                    }
                    continue; // another writer took this sequence number: read the chain again
                } catch (RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a consent event for " + purposeId, e);
            }
            ConsentEvent event = written;
            listeners.forEach(listener -> listener.accept(event));
            return written;
        }
    }

    private record ChainEnd(long sequence, String hash) {
    }

    /** Where a new event goes: after the end of the subject's chain, and after the consent's last event. */
    private record Position(Optional<ChainEnd> chainEnd, Optional<ConsentEvent> consentLast) {
    }

    /**
     * Both in one round trip, because it runs for every event written: the end of the subject's chain
     * (which may be an event purged since, so over both tables), joined with the consent's last event.
     * No row means a subject without any event yet.
     */
    private static final String POSITION = "SELECT ends.end_sequence, ends.end_hash, "
            + Arrays.stream(COLUMNS.split(", ")).map(column -> "e." + column)
            .collect(Collectors.joining(", "))
            + " FROM (SELECT sequence_number AS end_sequence, hash AS end_hash FROM ("
            + "(SELECT sequence_number, hash FROM consent_event WHERE subject = ? ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY) "
            + "UNION ALL "
            + "(SELECT sequence_number, hash FROM consent_event_purged WHERE subject = ? ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY)"
            + ") both_ends ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY) ends "
            + "LEFT JOIN consent_event e ON e.subject = ? AND e.controller = ? AND e.purpose_id = ? AND e.sequence_number = "
            + "(SELECT MAX(x.sequence_number) FROM consent_event x WHERE x.subject = ? AND x.controller = ? AND x.purpose_id = ?)";

    private static Position position(Connection c, String subject, String controller, String purposeId)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(POSITION)) {
            select.setString(1, subject);
            select.setString(2, subject);
            select.setString(3, subject);
            select.setString(4, controller);
            select.setString(5, purposeId);
            select.setString(6, subject);
            select.setString(7, controller);
            select.setString(8, purposeId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Position(Optional.empty(), Optional.empty());
                }
                ChainEnd end = new ChainEnd(row.getLong("end_sequence"), row.getString("end_hash"));
                return new Position(Optional.of(end),
                        row.getObject("id") == null ? Optional.empty() : Optional.of(read(row)));
            }
        }
    }

    private static Optional<ConsentEvent> last(Connection c, String subject, String controller, String purposeId)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM consent_event "
                + "WHERE subject = ? AND controller = ? AND purpose_id = ? "
                + "ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, subject);
            select.setString(2, controller);
            select.setString(3, purposeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, ConsentEvent e) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consent_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, e.id());
            insert.setString(2, e.subject());
            insert.setLong(3, e.sequence());
            insert.setString(4, e.controller());
            insert.setString(5, e.purposeId());
            insert.setString(6, e.type().name());
            insert.setString(7, categoriesJson(e.dataCategories()));
            insert.setString(8, e.basis().name());
            insert.setString(9, e.noticeVersion());
            insert.setString(10, e.channel().name());
            insert.setString(11, e.representation().map(Representation::actor).orElse(null));
            insert.setString(12, e.representation().map(Representation::role).orElse(null));
            insert.setString(13, e.representation().map(Representation::mandate).orElse(null));
            insert.setObject(14, e.time().atOffset(ZoneOffset.UTC));
            insert.setObject(15, e.expiresAt().map(end -> end.atOffset(ZoneOffset.UTC)).orElse(null));
            insert.setString(16, e.previousHash());
            insert.setString(17, e.hash());
            insert.setString(18, e.representation().map(Representation::onBehalfOf).orElse(null));
            insert.setString(19, e.representation().flatMap(Representation::place).orElse(null));
            insert.executeUpdate();
        }
    }

    static ConsentEvent read(ResultSet row) throws SQLException {
        String actor = row.getString("actor");
        Optional<Representation> representation = actor == null ? Optional.empty()
                : Optional.of(new Representation(actor, row.getString("actor_role"), row.getString("on_behalf_of"),
                        row.getString("mandate_reference"), Optional.ofNullable(row.getString("actor_place"))));
        OffsetDateTime expires = row.getObject("expires_at", OffsetDateTime.class);
        return new ConsentEvent(row.getObject("id", UUID.class), row.getString("subject"),
                row.getLong("sequence_number"), row.getString("controller"), row.getString("purpose_id"),
                ConsentEvent.Type.valueOf(row.getString("event_type")), categories(row.getString("data_categories")),
                LegalBasis.valueOf(row.getString("legal_basis")), row.getString("notice_version"),
                Channel.valueOf(row.getString("channel")), representation,
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(expires).map(OffsetDateTime::toInstant),
                row.getString("previous_hash"), row.getString("hash"));
    }

    private static String categoriesJson(Set<String> categories) {
        try {
            return Json.mapper().writeValueAsString(new TreeSet<>(categories));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Categories could not be written as JSON", e);
        }
    }

    private static Set<String> categories(String json) {
        try {
            return Set.copyOf(Json.mapper().readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored data categories are not a JSON list: " + json, e);
        }
    }
}
