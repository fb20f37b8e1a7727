"""A null in an update means "not given" (UpdateUserDto's fields are @IsOptional): stored values stay."""


def test_null_fields_and_flags_do_not_erase_a_user(ghl, ghl_client):
    before = ghl_client.get(f"/users/{ghl.user_id}").json()
    answer = ghl_client.put(f"/users/{ghl.user_id}", json={
        "firstName": None, "email": None, "type": None, "permissions": {"contactsEnabled": None,
                                                                          "campaignsEnabled": False}})
    assert answer.status_code == 200
    after = answer.json()
    assert (after["firstName"], after["email"], after["roles"]["type"]) == \
        (before["firstName"], before["email"], before["roles"]["type"])
    assert after["permissions"]["contactsEnabled"] is True
    assert after["permissions"]["campaignsEnabled"] is False
