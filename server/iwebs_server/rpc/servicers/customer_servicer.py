"""iwebs.v1.CustomerService: customers, accounts, grouped accounts, bills, history."""

from __future__ import annotations

import grpc

from iwebs.v1 import customer_service_pb2 as pb
from iwebs.v1 import customer_service_pb2_grpc as pb_grpc
from iwebs_server.application.customers import CustomerService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import customer_base as convert


class CustomerServicer(pb_grpc.CustomerServiceServicer):
    def __init__(self, customers: CustomerService) -> None:
        self._customers = customers

    def GetCustomerOverview(
        self, request: pb.GetCustomerOverviewRequest, context: grpc.ServicerContext
    ) -> pb.GetCustomerOverviewResponse:
        view = self._customers.overview(principal(), request.customer_id)
        return pb.GetCustomerOverviewResponse(overview=convert.overview(view))

    def GetCustomer(
        self, request: pb.GetCustomerRequest, context: grpc.ServicerContext
    ) -> pb.GetCustomerResponse:
        view = self._customers.get(principal(), request.customer_id)
        return pb.GetCustomerResponse(customer=convert.customer(view))

    def CreateCustomer(
        self, request: pb.CreateCustomerRequest, context: grpc.ServicerContext
    ) -> pb.CreateCustomerResponse:
        view = self._customers.create(
            principal(), request.request_id, convert.customer_input(request.customer)
        )
        return pb.CreateCustomerResponse(customer=convert.customer(view))

    def UpdateCustomer(
        self, request: pb.UpdateCustomerRequest, context: grpc.ServicerContext
    ) -> pb.UpdateCustomerResponse:
        update = convert.update_request(
            request.request_id,
            request.customer_id,
            request.version,
            request.update_mask,
            request.correction,
            request.reason,
        )
        view = self._customers.update(principal(), update, convert.customer_input(request.customer))
        return pb.UpdateCustomerResponse(customer=convert.customer(view))

    def GetCustomerAccount(
        self, request: pb.GetCustomerAccountRequest, context: grpc.ServicerContext
    ) -> pb.GetCustomerAccountResponse:
        details = self._customers.get_account(
            principal(), request.account_id, request.account_number
        )
        return pb.GetCustomerAccountResponse(
            account=convert.account(details.account), balance=convert.balance(details.balance)
        )

    def CreateCustomerAccount(
        self, request: pb.CreateCustomerAccountRequest, context: grpc.ServicerContext
    ) -> pb.CreateCustomerAccountResponse:
        view = self._customers.create_account(
            principal(), request.request_id, convert.account_input(request.account)
        )
        return pb.CreateCustomerAccountResponse(account=convert.account(view))

    def UpdateCustomerAccount(
        self, request: pb.UpdateCustomerAccountRequest, context: grpc.ServicerContext
    ) -> pb.UpdateCustomerAccountResponse:
        update = convert.update_request(
            request.request_id,
            request.account_id,
            request.version,
            request.update_mask,
            request.correction,
            request.reason,
        )
        view = self._customers.update_account(
            principal(), update, convert.account_input(request.account)
        )
        return pb.UpdateCustomerAccountResponse(account=convert.account(view))

    def AddAccountToGroup(
        self, request: pb.AddAccountToGroupRequest, context: grpc.ServicerContext
    ) -> pb.AddAccountToGroupResponse:
        view = self._customers.add_to_group(
            principal(),
            request.request_id,
            request.group_account_id,
            request.member_account_id,
            request.member_version,
            request.reason,
        )
        return pb.AddAccountToGroupResponse(member=convert.account(view))

    def RemoveAccountFromGroup(
        self, request: pb.RemoveAccountFromGroupRequest, context: grpc.ServicerContext
    ) -> pb.RemoveAccountFromGroupResponse:
        view = self._customers.remove_from_group(
            principal(),
            request.request_id,
            request.member_account_id,
            request.member_version,
            request.reason,
        )
        return pb.RemoveAccountFromGroupResponse(member=convert.account(view))

    def ListGroupMembers(
        self, request: pb.ListGroupMembersRequest, context: grpc.ServicerContext
    ) -> pb.ListGroupMembersResponse:
        page = self._customers.list_members(
            principal(), request.group_account_id, request.page_size, request.page_token
        )
        return pb.ListGroupMembersResponse(
            members=[convert.account(a) for a in page.items], next_page_token=page.next_page_token
        )

    def ListAccountBills(
        self, request: pb.ListAccountBillsRequest, context: grpc.ServicerContext
    ) -> pb.ListAccountBillsResponse:
        page = self._customers.list_bills(
            principal(),
            request.account_id,
            request.open_only,
            request.page_size,
            request.page_token,
        )
        return pb.ListAccountBillsResponse(
            bills=[convert.bill(b) for b in page.items], next_page_token=page.next_page_token
        )

    def ListCustomerChanges(
        self, request: pb.ListCustomerChangesRequest, context: grpc.ServicerContext
    ) -> pb.ListCustomerChangesResponse:
        page = self._customers.list_changes(
            principal(),
            request.customer_id,
            request.entity_type,
            request.entity_id,
            request.page_size,
            request.page_token,
        )
        return pb.ListCustomerChangesResponse(
            changes=[convert.change(c) for c in page.items], next_page_token=page.next_page_token
        )
