// acct contact add|list|edit|delete
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/field_options.h"
#include "core/corrections.h"
#include "core/fields.h"
#include "store/clients.h"
#include "store/contacts.h"

namespace acctool::cli {
namespace {

// ", birthday 6 May" when the command set one: in words, so that a day/month swap shows.
std::string birthday_note(const Contact& k, const ContactFields& fields) {
    if (!fields.birthday || !k.birthday) return {};
    return ", birthday " + birthday_in_words(*k.birthday);
}

struct ContactAdd {
    std::string client_ref;
    std::string name;
    ContactFields fields;
    bool decision_maker = false;
};

struct ContactEdit {
    Id id = 0;
    ContactFields fields;
    std::optional<std::string> client_ref;
};

void contact_add(Context& ctx, const ContactAdd& opts) {
    ContactFields fields = opts.fields;
    fields.name = opts.name;
    if (opts.decision_maker) fields.decision_maker = "yes";
    Contact contact;
    apply_contact_fields(contact, fields);
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    contact.client_id = client.id;
    const Id id = store::insert_contact(db, contact);
    tx.commit();
    ctx.created(id, fmt::format("added contact {} '{}' at '{}'{}", id, contact.name, client.name,
                                birthday_note(contact, fields)));
}

void contact_list(Context& ctx, const std::string& client_ref) {
    auto& db = ctx.db();
    std::optional<Id> client_id;
    if (!client_ref.empty()) client_id = store::resolve_client(db, client_ref).id;
    output::Table table({{"id"}, {"client"}, {"name"}, {"role"}, {"decision_maker"}, {"email"}, {"phone"},
                         {"birthday"}});
    for (const auto& k : store::list_contacts(db, client_id))
        table.add({k.id, k.client_name, k.name, output::text_or_empty(k.role), k.decision_maker,
                   output::text_or_empty(k.email), output::text_or_empty(k.phone),
                   k.birthday ? output::Cell{format_birthday(*k.birthday)} : output::Cell{}});
    ctx.emit(table);
}

void contact_edit(Context& ctx, const ContactEdit& opts) {
    auto [db, tx] = ctx.write();
    Contact contact = store::get_contact(db, opts.id);
    apply_contact_fields(contact, opts.fields);
    if (opts.client_ref) contact.client_id = store::resolve_client(db, *opts.client_ref).id;
    store::update_contact(db, contact);
    tx.commit();
    ctx.info(fmt::format("updated contact {} '{}'{}", contact.id, contact.name, birthday_note(contact, opts.fields)));
}

void contact_delete(Context& ctx, Id id, bool yes) {
    std::string question;
    {
        auto& db = ctx.db();
        const Contact contact = store::get_contact(db, id);
        question = fmt::format("delete contact {} '{}' of '{}'", contact.id, contact.name, contact.client_name);
        if (const long touches = store::touches_of_contact(db, id); touches > 0)
            question += "; " + count_of(touches, "touch keeps its text", "touches keep their text") + " without it";
    }
    confirm_delete(question, yes);
    auto [db, tx] = ctx.write();
    store::delete_contact(db, id);
    tx.commit();
    ctx.info(fmt::format("deleted contact {}", id));
}

void add_contact_field_options(CLI::App* cmd, ContactFields& f) {
    add_field_option(cmd, "--role", f.role, "Role (e.g. purchasing manager)");
    add_field_option(cmd, "--email", f.email, "Email address");
    add_field_option(cmd, "--phone", f.phone, "Phone number");
    add_field_option(cmd, "--birthday", f.birthday, "Birthday: MM-DD, YYYY-MM-DD, DD.MM or DD.MM.YYYY");
    add_field_option(cmd, "--note", f.notes, "Notes");
}

}  // namespace

void setup_contact(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("contact", "Add, list, change and delete the people at clients");

    auto add_opts = std::make_shared<ContactAdd>();
    auto* add = group->add_subcommand("add", "Add a contact to a client");
    add->add_option("ref", add_opts->client_ref, "Client id, name or unique part of the name")->required();
    add->add_option("name", add_opts->name, "The contact's name")->required();
    add_contact_field_options(add, add_opts->fields);
    add->add_flag("--decision-maker", add_opts->decision_maker, "This person decides purchases");
    on_parsed(add, ctx, [&ctx, add_opts] { contact_add(ctx, *add_opts); });

    auto list_ref = std::make_shared<std::string>();
    auto* list = group->add_subcommand("list", "List contacts, of one client or of all");
    list->add_option("ref", *list_ref, "Client id, name or unique part of the name");
    on_parsed(list, ctx, [&ctx, list_ref] { contact_list(ctx, *list_ref); });

    auto edit_opts = std::make_shared<ContactEdit>();
    auto* edit = group->add_subcommand("edit", "Change a contact's fields");
    edit->add_option("id", edit_opts->id, "Contact id (see contact list)")->required();
    add_field_option(edit, "--name", edit_opts->fields.name, "New name");
    add_contact_field_options(edit, edit_opts->fields);
    add_field_option(edit, "--decision-maker", edit_opts->fields.decision_maker, "yes or no");
    edit->add_option_function<std::string>(
        "--client", [edit_opts](const std::string& v) { edit_opts->client_ref = v; }, "Move to another client");
    on_parsed(edit, ctx, [&ctx, edit_opts] { contact_edit(ctx, *edit_opts); });

    struct Delete {
        Id id = 0;
        bool yes = false;
    };
    auto del = std::make_shared<Delete>();
    auto* delete_cmd = group->add_subcommand("delete", "Delete a contact (their touches keep their text)");
    delete_cmd->add_option("id", del->id, "Contact id (see contact list)")->required();
    delete_cmd->add_flag("--yes", del->yes, "Do not ask (required off a terminal)");
    on_parsed(delete_cmd, ctx, [&ctx, del] { contact_delete(ctx, del->id, del->yes); });
}

}  // namespace acctool::cli
