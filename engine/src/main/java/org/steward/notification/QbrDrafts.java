package org.steward.notification;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.steward.notification.template.ModelMaps;
import org.steward.notification.template.PublishedTemplate;
import org.steward.notification.template.TemplateStore;

/** Writes the HTML draft of a QBR from a {@link QbrModel}, raising the points {@link TalkingPoints} chooses. */
@Service
public class QbrDrafts {

    public static final String TEMPLATE = "qbr/draft";

    private final TemplateStore templates;
    private final Senders senders;

    QbrDrafts(TemplateStore templates, Senders senders) {
        this.templates = templates;
        this.senders = senders;
    }

    public QbrDraft draft(QbrModel model) {
        PublishedTemplate template = templates.active(TEMPLATE);
        List<TalkingPoint> points = TalkingPoints.choose(model);
        Map<String, Object> variables = ModelMaps.with(model, Map.of("points", points, "csm", senders.of(model.account().csm()),
                "today", model.asOf()));
        return new QbrDraft(templates.render(template, variables).html(), points, template.id(), template.version());
    }
}
