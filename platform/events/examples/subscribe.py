#!/usr/bin/env python3
"""A PMO Platform subscriber that is not Java: reads CloudEvents from the platform's topics, checks each against
its JSON Schema (when the jsonschema package is installed), applies each aggregate's events once and in order, and
can replay a topic from the beginning (topics are kept forever).

    pip install confluent-kafka jsonschema
    python3 subscribe.py --group my-report pmo.project.events pmo.portfolio.events
    python3 subscribe.py --group my-report --from-beginning pmo.risk.events   # replay everything

The last applied sequence per aggregate is kept in memory here; a real subscriber keeps it with what it writes
(the same transaction or document), so that a redelivered message is recognised after a restart too.
"""
import argparse
import json
import pathlib

from confluent_kafka import Consumer, OFFSET_BEGINNING

SCHEMAS = pathlib.Path(__file__).resolve().parent.parent / "src" / "main" / "resources" / "schemas"


def schema_for(event_type):
    """io.pmo.<context>.<Name>.v<revision> -> schemas/<context>/<Name>.v<revision>.json, or None."""
    _, _, context, name, revision = event_type.split(".", 4)
    path = SCHEMAS / context / f"{name}.{revision}.json"
    return json.loads(path.read_text()) if path.exists() else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topics", nargs="+")
    parser.add_argument("--bootstrap", default="localhost:9092")
    parser.add_argument("--group", required=True, help="your consumer group: its offsets are yours")
    parser.add_argument("--from-beginning", action="store_true", help="replay every message of the topics")
    args = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        jsonschema = None

    consumer = Consumer({"bootstrap.servers": args.bootstrap, "group.id": args.group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False})

    def rewind(client, partitions):
        if args.from_beginning:
            for partition in partitions:
                partition.offset = OFFSET_BEGINNING
        client.assign(partitions)

    consumer.subscribe(args.topics, on_assign=rewind)
    applied = {}  # aggregate id (the CloudEvent subject) -> last applied aggregatesequence
    try:
        while True:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                raise SystemExit(message.error())
            event = json.loads(message.value())
            schema = schema_for(event["type"])
            if jsonschema and schema:
                jsonschema.validate(event["data"], schema)
            subject, sequence = event["subject"], int(event["aggregatesequence"])
            if sequence > applied.get(subject, -1):
                print(f'{event["time"]} {event["tenantid"]} {event["type"]} {subject}#{sequence} {event["data"]}')
                applied[subject] = sequence
            consumer.commit(message=message, asynchronous=False)
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
