import { Alert, App, Form, type FormInstance, Modal } from "antd";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "./api";

type NamePath = (string | number)[];

function namePathOf(field: string): NamePath {
  return field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Enter in a date box accepts the typed date and nothing more: without this the browser also sends the form, before
 * the fields below the date (a decision number) are filled in. Put on a form as its `onKeyDown`.
 */
export function enterOnlyAcceptsDates(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.closest(".ant-picker"))
    event.preventDefault();
}

/** Shows the server's field messages on the matching inputs; returns the message for the whole form. */
export function applyServerError(form: FormInstance, error: unknown, fallback: string): string {
  if (!isApiError(error)) return fallback;
  const fields = Object.entries(error.fields).map(([name, message]) => ({ name: namePathOf(name), errors: [message] }));
  if (fields.length > 0) form.setFields(fields);
  return error.message || fallback;
}

interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  successMessage?: string;
  /** Sends the form; a thrown ApiError is shown on the form and keeps the modal open, and so does `false`. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal with one antd form: Vietnamese labels come from the caller, Enter submits (except in a date box), the server's `message`
 * shows above the fields and its `fields` on the matching inputs.
 */
export function FormModal<V>(props: FormModalProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // A second Enter while the request runs, or while the modal fades out after success, must not send it again.
  const sending = useRef(false);
  useEffect(() => {
    if (props.open) sending.current = false;
  }, [props.open]);

  async function finish(values: V) {
    if (sending.current) return;
    sending.current = true;
    setError(null);
    setPending(true);
    try {
      if ((await props.onSubmit(values)) === false) {
        sending.current = false;
        return;
      }
      if (props.successMessage) void message.success(props.successMessage);
      props.onClose();
    } catch (caught) {
      sending.current = false;
      setError(applyServerError(form, caught, t("errors.unknown")));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: props.danger, loading: pending }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={props.width ?? 560}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div data-testid={props.testId}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
        {/*
          The form instance outlives the modal's content, and values kept in it would win over the next opening's
          initialValues (another user's name, the previous event's kind); cleared on close, every opening starts
          from its own initialValues.
        */}
        <Form<V>
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={props.initialValues}
          onFinish={(values) => void finish(values)}
          onKeyDown={enterOnlyAcceptsDates}
          scrollToFirstError
        >
          {props.children}
          {/* Lets Enter in any text box submit the form (in a date box it only accepts the date). */}
          <button type="submit" style={{ display: "none" }} aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}

/** The "this field is required" rule with a Vietnamese message. */
export function useRequired() {
  const { t } = useTranslation();
  return { required: true, message: t("validation.required") };
}

/**
 * Keeps a field at a default that depends on data still loading (the tree, the user's cells) until the user picks a
 * value: a form's initialValues are read once, when it opens, and would keep the guess made before the data came.
 */
export function DefaultWhileUntouched({ name, value }: { name: string; value: unknown }) {
  const form = Form.useFormInstance();
  useEffect(() => {
    // setFieldValue would mark the field as touched, and the next default would no longer follow the data.
    if (value !== undefined && !form.isFieldTouched(name)) form.setFields([{ name, value, touched: false }]);
  }, [form, name, value]);
  return null;
}
