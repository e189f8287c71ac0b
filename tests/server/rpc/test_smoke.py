"""Enroll, log in, call an authenticated RPC: the foundation end to end (ADM-7, SEC-04)."""

from iwebs.v1 import diagnostics_service_pb2


def test_enrolled_workstation_logs_in_and_pings(live_server):
    client = live_server.admin()
    assert client.session.login == "admin"
    reply = client.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="bonjour"))
    assert reply.payload == "bonjour"
