"""CustomerService: customers, accounts (payers), grouped accounts, bills, history."""

from __future__ import annotations

import grpc

from iwebs.v1 import customer_pb2, customer_service_pb2, customer_service_pb2_grpc
from iwebs_client.backend.client_types import ChangeNote, Update
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import field_mask

Customer = customer_pb2.Customer
CustomerAccount = customer_pb2.CustomerAccount
CustomerOverview = customer_pb2.CustomerOverview
AccountBalance = customer_pb2.AccountBalance
OpenBill = customer_pb2.OpenBill
ChangeRecord = customer_pb2.ChangeRecord
_pb = customer_service_pb2


class CustomerGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = customer_service_pb2_grpc.CustomerServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_overview(self, customer_id: str) -> CustomerOverview:
        request = _pb.GetCustomerOverviewRequest(customer_id=customer_id)
        return self._invoke(
            self._stub.GetCustomerOverview, request, _pb.GetCustomerOverviewResponse
        ).overview

    def get_customer(self, customer_id: str) -> Customer:
        request = _pb.GetCustomerRequest(customer_id=customer_id)
        return self._invoke(self._stub.GetCustomer, request, _pb.GetCustomerResponse).customer

    def create_customer(self, request_id: str, customer: Customer) -> Customer:
        request = _pb.CreateCustomerRequest(request_id=request_id, customer=customer)
        return self._invoke(self._stub.CreateCustomer, request, _pb.CreateCustomerResponse).customer

    def update_customer(self, request_id: str, update: Update, customer: Customer) -> Customer:
        request = _pb.UpdateCustomerRequest(
            request_id=request_id,
            customer_id=update.record_id,
            version=update.version,
            customer=customer,
            update_mask=field_mask(update.paths),
            correction=update.note.correction,
            reason=update.note.reason,
        )
        return self._invoke(self._stub.UpdateCustomer, request, _pb.UpdateCustomerResponse).customer

    def get_account(
        self, account_id: str = "", account_number: str = ""
    ) -> tuple[CustomerAccount, AccountBalance]:
        request = _pb.GetCustomerAccountRequest(
            account_id=account_id, account_number=account_number
        )
        response = self._invoke(
            self._stub.GetCustomerAccount, request, _pb.GetCustomerAccountResponse
        )
        return response.account, response.balance

    def create_account(self, request_id: str, account: CustomerAccount) -> CustomerAccount:
        request = _pb.CreateCustomerAccountRequest(request_id=request_id, account=account)
        return self._invoke(
            self._stub.CreateCustomerAccount, request, _pb.CreateCustomerAccountResponse
        ).account

    def update_account(
        self, request_id: str, update: Update, account: CustomerAccount
    ) -> CustomerAccount:
        request = _pb.UpdateCustomerAccountRequest(
            request_id=request_id,
            account_id=update.record_id,
            version=update.version,
            account=account,
            update_mask=field_mask(update.paths),
            correction=update.note.correction,
            reason=update.note.reason,
        )
        return self._invoke(
            self._stub.UpdateCustomerAccount, request, _pb.UpdateCustomerAccountResponse
        ).account

    def add_account_to_group(
        self, request_id: str, group_account_id: str, member: CustomerAccount, note: ChangeNote
    ) -> CustomerAccount:
        request = _pb.AddAccountToGroupRequest(
            request_id=request_id,
            group_account_id=group_account_id,
            member_account_id=member.account_id,
            member_version=member.version,
            reason=note.reason,
        )
        return self._invoke(
            self._stub.AddAccountToGroup, request, _pb.AddAccountToGroupResponse
        ).member

    def remove_account_from_group(
        self, request_id: str, member: CustomerAccount, note: ChangeNote
    ) -> CustomerAccount:
        request = _pb.RemoveAccountFromGroupRequest(
            request_id=request_id,
            member_account_id=member.account_id,
            member_version=member.version,
            reason=note.reason,
        )
        return self._invoke(
            self._stub.RemoveAccountFromGroup, request, _pb.RemoveAccountFromGroupResponse
        ).member

    def list_group_members(
        self, group_account_id: str, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[CustomerAccount], str]:
        request = _pb.ListGroupMembersRequest(
            group_account_id=group_account_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(self._stub.ListGroupMembers, request, _pb.ListGroupMembersResponse)
        return list(response.members), response.next_page_token

    def list_account_bills(
        self,
        account_id: str,
        open_only: bool = True,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[OpenBill], str]:
        request = _pb.ListAccountBillsRequest(
            account_id=account_id, open_only=open_only, page_size=page_size, page_token=page_token
        )
        response = self._invoke(self._stub.ListAccountBills, request, _pb.ListAccountBillsResponse)
        return list(response.bills), response.next_page_token

    def list_customer_changes(
        self,
        customer_id: str,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
        entity_type: str = "",
        entity_id: str = "",
    ) -> tuple[list[ChangeRecord], str]:
        request = _pb.ListCustomerChangesRequest(
            customer_id=customer_id,
            entity_type=entity_type,
            entity_id=entity_id,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(
            self._stub.ListCustomerChanges, request, _pb.ListCustomerChangesResponse
        )
        return list(response.changes), response.next_page_token
